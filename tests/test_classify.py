from __future__ import annotations

import pytest

from hindinews.classify import classify_lines
from hindinews.labels import Kind, Label
from hindinews.lines import split_lines
from publisher_samples import SAMPLES, parse_sample


def labels_of(text: str) -> list[str]:
    out = []
    for item in classify_lines(split_lines(text)):
        label = item.label.value
        if item.label is Label.BOILERPLATE:
            assert item.kind is not None
            label += f":{item.kind.value}"
        out.append(label)
    return out


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_publisher_conventions(name: str) -> None:
    text, expected = parse_sample(SAMPLES[name])
    assert labels_of(text) == expected


def test_a_marker_takes_the_kind_of_its_list_even_when_the_list_is_missing() -> None:
    text = "\n".join([
        "बसपा ने बुलाई बड़ी बैठक, पदाधिकारियों को मिला टारगेट",
        "लखनऊ: गुरुवार को बसपा कार्यालय में बड़ी बैठक रखी गई थी। इसमें सभी पदाधिकारी शामिल हुए।",
        "Latest Videos",
        "संगठन में बदलाव की तैयारी",
        "बसपा संगठन में बड़े बदलाव की तैयारी कर रही है। कई पदाधिकारियों को हटाया जा सकता है।",
    ])
    assert labels_of(text) == ["headline", "body", "boilerplate:video", "subhead", "body"]


def test_a_list_marker_without_a_kind_reads_it_from_its_items() -> None:
    text = "\n".join([
        "बसपा ने बुलाई बड़ी बैठक, पदाधिकारियों को मिला टारगेट",
        "लखनऊ: गुरुवार को बसपा कार्यालय में बड़ी बैठक रखी गई थी। इसमें सभी पदाधिकारी शामिल हुए।",
        "Stories You May Like",
        "सरकारी स्कूल में बच्चियां पका रही मिड डे मील",
        "Example TV",
    ])
    assert labels_of(text)[2:] == ["boilerplate:video"] * 3


def test_an_interleaved_headline_of_another_story_is_related() -> None:
    text = "\n".join([
        "बसपा ने बुलाई बड़ी बैठक, पदाधिकारियों को मिला टारगेट",
        "लखनऊ: गुरुवार को बसपा कार्यालय में बड़ी बैठक रखी गई थी। इसमें सभी पदाधिकारी शामिल हुए।",
        "मुंबई में भारी बारिश से लोकल ट्रेनें ठप",
        "बैठक में मायावती ने पदाधिकारियों को संगठन मजबूत करने का निर्देश दिया। सभी को लक्ष्य सौंपे गए।",
    ])
    assert labels_of(text) == ["headline", "body", "boilerplate:related", "body"]


def test_a_story_ends_at_a_time_stamp_after_the_body() -> None:
    text = "\n".join([
        "बसपा ने बुलाई बड़ी बैठक, पदाधिकारियों को मिला टारगेट",
        "लखनऊ: गुरुवार को बसपा कार्यालय में बड़ी बैठक रखी गई थी। इसमें सभी पदाधिकारी शामिल हुए।",
        "बैठक में मायावती ने पदाधिकारियों को संगठन मजबूत करने का निर्देश दिया। सभी को लक्ष्य सौंपे गए।",
        "तेज रफ्तार बाइक पेड़ से टकराई, दो की मौत",
        "Posted on :13-Mar-2019",
        "जगदलपुर : मंगलवार रात एक बाइक तेज रफ्तार से पेड़ से टकरा गई जिससे दोनों सवारों की मौत हो गई।",
    ])
    assert labels_of(text) == ["headline", "body", "body", "boilerplate:related", "meta", "boilerplate:related"]


def test_empty_and_furniture_only_pages_have_no_story() -> None:
    assert labels_of("") == ["blank"]
    labels = labels_of("Share this article\nFollow Us\nहोम\n© 2024 Example")
    assert labels == ["boilerplate:share", "boilerplate:social", "boilerplate:navigation", "boilerplate:copyright"]


def test_every_label_has_a_kind_exactly_when_it_is_boilerplate() -> None:
    text, _ = parse_sample(SAMPLES["ndtv"])
    for item in classify_lines(split_lines(text)):
        assert (item.kind is not None) == (item.label is Label.BOILERPLATE)
        assert item.kind is None or isinstance(item.kind, Kind)


def test_a_listing_of_titles_and_short_teasers_has_no_story() -> None:
    items = [
        ("कानपुर में सड़क हादसे में तीन लोगों की मौत",
         "कानपुर देहात में तेज रफ्तार ट्रक ने बाइक सवारों को टक्कर मार दी। पुलिस ने जांच शुरू कर दी है।"),
        ("लखनऊ में मेट्रो का नया रूट जल्द शुरू होगा",
         "लखनऊ मेट्रो के दूसरे चरण का काम तेजी से चल रहा है। अगले साल तक रूट शुरू हो जाएगा।"),
        ("वाराणसी में गंगा का जलस्तर बढ़ा, घाट डूबे",
         "गंगा का जलस्तर बढ़ने से वाराणसी के कई घाट डूब गए हैं। प्रशासन ने नाव संचालन रोक दिया है।"),
    ]
    text = "\n".join(line for pair in items for line in pair)
    assert labels_of(text) == ["boilerplate:related"] * 6


def test_a_paragraph_wrapped_at_a_width_is_one_body_paragraph() -> None:
    text = (
        "गर्मी से पहले राजधानी में पेयजल संकट, निगम ने 40 टैंकर लगाने का लिया फैसला\n"
        "\n"
        "रायपुर। गर्मी का मौसम शुरू होने से पहले ही राजधानी के कई\n"
        "वार्डों में पेयजल की किल्लत की शिकायतें आने लगी हैं। इसे देखते हुए\n"
        "नगर निगम ने मंगलवार को हुई समीक्षा बैठक में 40 अतिरिक्त टैंकर किराए\n"
        "पर लेने का फैसला किया है।\n"
        "\n"
        "बाहरी इलाकों में सबसे ज्यादा परेशानी\n"
        "\n"
        "निगम के जलकार्य विभाग के मुताबिक भाठागांव, सरोना और मोवा जैसे\n"
        "बाहरी इलाकों में पाइपलाइन का विस्तार अभी पूरा नहीं हुआ है। इन\n"
        "क्षेत्रों की करीब 60 हजार की आबादी टैंकरों पर निर्भर है।\n"
    )
    labels = labels_of(text)
    assert labels[:6] == ["headline", "blank", "body", "body", "body", "body"]
    assert labels[7] == "subhead"
    assert labels[9:12] == ["body", "body", "body"]


def test_a_headline_over_a_short_lede_is_not_a_wrapped_paragraph() -> None:
    text = "राजधानी में पेयजल संकट गहराया, निगम ने लगाए चालीस नए टैंकर\nनिगम ने आज बैठक में यह फैसला लिया है।\nShare"
    assert labels_of(text)[0] == "headline"


def test_a_sentence_that_opens_a_list_and_qa_lines_are_story() -> None:
    text = (
        "घर पर ऐसे बनाएं सत्तू का शरबत, गर्मी में मिलेगी राहत\n\n"
        "पटना: गर्मी बढ़ते ही बाजार में सत्तू के शरबत की मांग बढ़ गई है और दुकानों पर भीड़ लगी रहती है।\n"
        "शरबत बनाने का तरीका भी बहुत आसान है:\n"
        "1. दो चम्मच सत्तू को एक गिलास पानी में घोलें।\n"
        "सवाल: सबसे पहले क्या करें?\n"
        "जवाब: डॉक्टर की सलाह लें और खूब पानी पिएं, धूप में बाहर निकलने से बचें।\n"
    )
    labels = labels_of(text)
    assert labels[3] == "body"
    assert labels[5] == "body"


def test_a_sponsored_widget_takes_its_items() -> None:
    text = (
        "राजधानी में मेट्रो की ब्लू लाइन पर सेवा एक घंटे तक बाधित रही\n\n"
        "नई दिल्ली: दिल्ली मेट्रो की ब्लू लाइन पर बुधवार सुबह तकनीकी खराबी के कारण सेवा एक घंटे तक बाधित रही।\n\n"
        "Sponsored Links by Taboola\n"
        "इस एक ट्रिक से बिजली का बिल हो जाएगा आधा, जानें कैसे\n"
    )
    assert labels_of(text)[-3:] == ["boilerplate:ad", "boilerplate:ad", "blank"]


def test_a_dateline_line_ends_the_summary_above_the_lede() -> None:
    text = (
        "मानसून इस साल सामान्य से बेहतर रहेगा, मौसम विभाग का अनुमान\n"
        "मुख्य बातें\n"
        "• देश में सामान्य से अधिक बारिश का अनुमान।\n"
        "• किसानों को खरीफ की बुवाई में राहत मिलेगी।\n"
        "नयी दिल्ली, 15 अप्रैल (भाषा)\n"
        "भारत मौसम विज्ञान विभाग ने सोमवार को कहा कि इस साल मानसून के दौरान देश में सामान्य से अधिक बारिश होगी।\n"
    )
    assert labels_of(text) == ["headline", "boilerplate:ui", "standfirst", "standfirst", "dateline", "body", "blank"]


def test_the_headline_under_an_in_story_related_marker_is_related_however_long() -> None:
    text = (
        "जयपुर में बीसलपुर की मेन पाइपलाइन फटी, 30 कॉलोनियों में दो दिन नहीं आएगा पानी\n"
        "राजधानी जयपुर में शुक्रवार सुबह टोंक रोड पर बीसलपुर पेयजल परियोजना की मुख्य पाइपलाइन फट गई।\n"
        "ये भी पढ़ें\n"
        "गर्मी से पहले ही गहराया पेयजल संकट:जयपुर के 12 वार्डों में एक दिन छोड़कर हो रही सप्लाई, "
        "लोग बोले- टैंकर वाले मनमाने दाम वसूल रहे, शिकायत पर भी नहीं हो रही कोई सुनवाई\n"
        "विभाग ने प्रभावित इलाकों के लिए 45 टैंकर लगाए हैं और कंट्रोल रूम भी बनाया गया है।\n"
    )
    assert labels_of(text)[2:5] == ["boilerplate:related", "boilerplate:related", "body"]


def test_the_items_under_a_sentence_that_opens_a_list_are_story() -> None:
    text = (
        "गंगा का जलस्तर घटा तो घाटों पर लौटी रौनक, फिर शुरू हुआ नौका संचालन\n\n"
        "वाराणसी: गंगा का जलस्तर घटने के बाद प्रशासन ने शनिवार से घाटों पर नौका संचालन की अनुमति दे दी है।\n\n"
        "नगर निगम के एक अधिकारी के मुताबिक सबसे ज्यादा सिल्ट इन घाटों पर जमी है:\n"
        "मणिकर्णिका घाट\n"
        "सिंधिया घाट\n\n"
        "इन इलाकों में शुक्रवार को सबसे ज्यादा असर पड़ेगा-\n"
        "मालवीय नगर, जवाहर सर्किल और जगतपुरा\n"
    )
    labels = labels_of(text)
    assert labels[4:7] == ["body", "body", "body"]
    assert labels[8:10] == ["body", "body"]


def test_a_subhead_set_in_quotes() -> None:
    text = (
        "घाटों पर लौटी रौनक, बारह दिन बाद फिर शुरू हुआ नौका संचालन\n\n"
        "वाराणसी: गंगा का जलस्तर घटने के बाद प्रशासन ने घाटों पर नौका संचालन की अनुमति दे दी है।\n\n"
        "'घाटों की सीढ़ियों पर अब भी जमी है सिल्ट'\n"
        "पानी उतरने के बाद कई घाटों की सीढ़ियों पर मोटी परत में सिल्ट जमा है और सफाई चल रही है।\n\n"
        "“हम लड़ेंगे और जीतेंगे।”\n"
        "उन्होंने सभा में कहा कि पार्टी हर सीट पर मजबूती से चुनाव लड़ेगी और जनता का भरोसा जीतेगी।\n"
    )
    labels = labels_of(text)
    assert labels[4] == "subhead"
    assert labels[7] == "body"  # a quotation that ends its sentence is story


def test_a_widgets_list_right_under_its_marker_does_not_extend_the_story() -> None:
    text = (
        "हिमाचल में भारी बर्फबारी, 150 से ज्यादा सड़कें बंद, पर्यटक फंसे\n\n"
        "शिमला: हिमाचल प्रदेश के ऊंचाई वाले इलाकों में भारी बर्फबारी से जनजीवन अस्त-व्यस्त हो गया है।\n\n"
        "वेब स्टोरीज\n"
        "सर्दियों में घूमने के लिए हिमाचल की 5 सबसे खूबसूरत जगहें\n"
        "बर्फ में गाड़ी चलाते वक्त इन बातों का रखें ध्यान\n"
        "मनाली जाने का सबसे सस्ता तरीका क्या है?\n"
    )
    # (a web story is a slideshow: every gold file that has such a rail calls it related)
    assert labels_of(text)[4:8] == ["boilerplate:related"] * 4


def test_wire_copy_signs_off_with_a_byline() -> None:
    text = (
        "कपास किसानों के लिए मौसम आधारित बीमा का दायरा बढ़ाने पर विचार\n\n"
        "नयी दिल्ली, 14 सितंबर (भाषा) केंद्र सरकार कपास उत्पादक किसानों को मौसम की मार से बचाने के लिए "
        "बीमा योजना का दायरा बढ़ाने पर विचार कर रही है।\n\n"
        "भाषा राजेश अजय\n\n"
        "भाषा विवाद गहराया\n"
    )
    labels = labels_of(text)
    assert labels[4] == "byline"
    assert labels[6] != "byline"  # the word "भाषा" (language) elsewhere is no agency


def test_a_caption_with_no_credit_is_a_participle_phrase() -> None:
    text = (
        "गोमती किनारे बनेगा 11 किलोमीटर लंबा साइकिल ट्रैक, टेंडर प्रक्रिया शुरू\n\n"
        "गोमती रिवरफ्रंट पर सुबह की सैर करते लोग।\n\n"
        "लखनऊ: राजधानी में गोमती के किनारे अब साइकिल से सैर की जा सकेगी और इसके लिए टेंडर निकाले गए हैं।\n\n"
        "ऊंचाई की ओर बढ़ते बगीचे\n"
        "किन्नौर और लाहौल-स्पीति जैसे ठंडे ज़िलों में पिछले कुछ सालों में नए बगीचे तेज़ी से लगे हैं।\n"
    )
    labels = labels_of(text)
    assert labels[2] == "caption"
    assert labels[4] == "body"  # the lede, not the caption above it
    assert labels[6] == "subhead"  # a title with a participle has no full stop


def test_a_caption_with_no_credit_is_a_noun_phrase_closed_by_a_danda() -> None:
    text = "\n".join([
        "ओलों की मार से खेतों में बिछ गई सफेद चादर, चना और मसूर की फसल चौपट",
        "टीकमगढ़, 13 मार्च। जिले के पलेरा क्षेत्र में रविवार को ओलों की मार से चना और मसूर की फसल चौपट हो गई।",
        "पलेरा के पास बम्हौरी गांव में खेतों पर बिछी ओलों की सफेद चादर।",
        "ग्रामीणों के मुताबिक आधे घंटे तक ओले गिरते रहे। किसानों ने प्रशासन से सर्वे की मांग की है।",
        "मौके पर ग्रामीण और सरपंच पहुंचे।",  # the verb ends it: a sentence
        "किसानों को मिलेगा मुआवजा।",  # a verb inside it: a sentence set as a headline
    ])
    assert labels_of(text) == ["headline", "body", "caption", "body", "body", "body"]


def test_runs_after_the_story_footer_and_bare_tags() -> None:
    text = (
        "दिल्ली हाई कोर्ट ने निजी स्कूलों को ईडब्ल्यूएस सीटें भरने का आदेश दिया\n\n"
        "नयी दिल्ली: दिल्ली हाई कोर्ट ने निजी स्कूलों को आर्थिक रूप से कमजोर वर्ग की खाली सीटें भरने का आदेश दिया है।\n\n"
        "Delhi High Court\n"
        "EWS\n"
        "शिक्षा का अधिकार\n\n"
        "बीबीसी के बारे में\n"
        "इस्तेमाल की शर्तें\n"
        "निजता की नीति\n"
        "आप बीबीसी पर भरोसा क्यों कर सकते हैं\n"
    )
    labels = labels_of(text)
    assert labels[4:7] == ["boilerplate:tags"] * 3
    assert labels[8:12] == ["boilerplate:navigation"] * 4


def test_platform_names_under_a_follow_prompt_are_social() -> None:
    text = (
        "गर्मी से पहले रायपुर में पानी का इंतजाम, 38 वार्डों में टैंकर से सप्लाई\n\n"
        "रायपुर। गर्मी की आहट के साथ ही राजधानी के कई इलाकों से पानी की किल्लत की शिकायतें आने लगी हैं।\n\n"
        "Follow Us\n"
        "Google News\n\n"
        "Share\n"
        "Twitter Facebook WhatsApp Email\n"
    )
    assert labels_of(text)[4:] == ["boilerplate:social", "boilerplate:social", "blank", "boilerplate:share",
                                   "boilerplate:share", "blank"]


def test_skip_links_and_a_numbered_line_are_no_headline() -> None:
    text = (
        "1. कंटेंट पर जाएं\n"
        "2. मेन्यू पर जाएं\n"
        "3. डीडब्ल्यू की अन्य साइट देखें\n\n"
        "जर्मन अस्पतालों को क्यों चाहिए भारतीय नर्सें\n\n"
        "अनुपमा सिंह\n"
        "१४ मार्च २०२४\n\n"
        "बुजुर्गों की बढ़ती आबादी और स्टाफ की कमी से जूझ रहे जर्मन अस्पताल अब भारत से नर्सें बुला रहे हैं।\n"
    )
    labels = labels_of(text)
    assert labels[:2] == ["boilerplate:navigation"] * 2
    assert labels[4] == "headline"


def test_a_headline_shaped_as_prose_under_a_section_name() -> None:
    text = (
        "विचार\n"
        "प्रदूषण पर चुनावी चुप्पी: ज़हरीली हवा वोट का मुद्दा क्यों नहीं बनती?\n\n"
        "देश के कई बड़े शहर हर सर्दी में गैस चैंबर बन जाते हैं, फिर भी घोषणापत्रों में साफ़ हवा का वादा हाशिये पर रहता है।\n\n"
        "सुधीर मिश्र\n"
        "14 Mar, 2024\n\n"
        "हर साल अक्टूबर के आख़िर से फ़रवरी तक उत्तर भारत के शहरों में एक ही दृश्य दोहराया जाता है और लोग परेशान रहते हैं।\n"
    )
    labels = labels_of(text)
    assert labels[1] == "headline"
    assert labels[3] == "standfirst"
    assert labels[8] == "body"


def test_a_question_over_its_answer_is_a_subhead() -> None:
    text = (
        "शेयर बाजार में लगातार तीसरे दिन तेजी, सेंसेक्स 500 अंक चढ़ा\n\n"
        "मुंबई: घरेलू शेयर बाजार में गुरुवार को लगातार तीसरे दिन तेजी रही और सेंसेक्स 500 अंक चढ़कर बंद हुआ।\n\n"
        "आगे कैसी रहेगी बाजार की चाल?\n"
        "जानकारों का कहना है कि बाजार की चाल अब विदेशी निवेशकों के रुख और तिमाही नतीजों पर निर्भर करेगी।\n\n"
        "सवाल: क्या अभी निवेश करना सही है?\n"
        "जवाब: लंबी अवधि के निवेशक धीरे-धीरे निवेश जारी रख सकते हैं, ऐसा जानकारों का मानना है।\n"
    )
    labels = labels_of(text)
    assert labels[4] == "subhead"
    assert labels[7] == "body"  # a line of a Q&A stays story text


def test_a_dateline_alone_on_its_line_though_it_names_an_agency() -> None:
    text = (
        "खुदरा महंगाई फरवरी में घटकर 3.6 प्रतिशत पर आई, सब्जियां हुईं सस्ती\n"
        "नयी दिल्ली, 12 मार्च (एजेंसी)\n"
        "सब्जियों के दाम घटने से फरवरी में खुदरा महंगाई घटकर 3.6 प्रतिशत पर आ गई, सरकारी आंकड़ों में यह जानकारी दी गई है।\n"
    )
    assert labels_of(text)[:3] == ["headline", "dateline", "body"]


def test_an_agency_of_two_words_signs_off_too() -> None:
    text = (
        "झारखंड में धान खरीद का लक्ष्य बढ़ा, किसानों को मिलेगा बोनस\n\n"
        "रांची, 14 मार्च (हि.स.)। झारखंड सरकार ने इस साल धान खरीद का लक्ष्य बढ़ाकर 60 लाख क्विंटल कर दिया है।\n"
        "हिन्दुस्थान समाचार/ राकेश\n"
    )
    assert labels_of(text)[3] == "byline"


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("अमित कुमार, नई दिल्ली", "byline"),  # a reporter and the place filed from
        ("Amit Kumar | Navbharat Times | Updated: 12 Mar 2024", "meta"),  # a piped credit with its time
        ("होम | देश | विदेश", "boilerplate:navigation"),  # a piped row with no time in it is a menu
    ],
)
def test_credit_lines_under_the_headline(line: str, label: str) -> None:
    text = (
        "केंद्र सरकार ने किसानों के लिए नई योजना का एलान किया, मिलेगा सीधा लाभ\n"
        f"{line}\n\n"
        "नई दिल्ली: केंद्र सरकार ने मंगलवार को किसानों के लिए एक नई योजना का एलान किया है जिससे लाखों किसानों को फायदा होगा।\n"
    )
    assert labels_of(text)[1] == label


def test_a_comment_widget_after_the_story() -> None:
    text = (
        "जयपुर में बरामदों से हटेगा अतिक्रमण, नगर निगम ने दिया सात दिन का समय\n\n"
        "जयपुर: नगर निगम ने परकोटे के बाजारों में बरामदों पर किए गए अतिक्रमण को हटाने के लिए सात दिन का समय दिया है।\n\n"
        "एक टिप्पणी छोड़ें\n"
        "आपका ईमेल पता प्रकाशित नहीं किया जाएगा. आवश्यक फ़ील्ड चिह्नित हैं *\n"
        "नाम *\n"
        "ईमेल *\n"
        "टिप्पणी पोस्ट करें\n\n"
        "2 टिप्पणियां\n"
        "मनोज अग्रवाल\n"
        "बरामदे खाली हों तो अच्छा है, लेकिन पार्किंग की समस्या का भी कोई हल निकालना चाहिए।\n"
        "जवाब दें\n"
        "सीमा शर्मा\n"
        "हर साल यही होता है, दो हफ्ते बाद सब पहले जैसा हो जाएगा।\n"
        "जवाब दें\n"
    )
    labels = labels_of(text)
    assert labels[4:9] == ["boilerplate:comments"] * 5
    assert labels[10:17] == ["boilerplate:comments"] * 7


def test_the_headline_comes_after_the_sites_tagline_menu_and_ticker() -> None:
    text = (
        "सन्मार्ग – पूर्वी भारत का लोकप्रिय हिंदी दैनिक\n"
        "होम\n"
        "कोलकाता\n"
        "बंगाल\n\n"
        "ट्रेंडिंग\n"
        "दीघा के समुद्र तट पर पर्यटकों के लिए लगेगी नई चेतावनी प्रणाली\n"
        "सियालदह मंडल में रविवार को 40 लोकल ट्रेनें रद्द रहेंगी\n\n"
        "रातभर की बारिश से थमी महानगर की रफ्तार, 40 से अधिक इलाकों में जलजमाव\n\n"
        "सन्मार्ग संवाददाता\n"
        "कोलकाता : शुक्रवार रात से शनिवार सुबह तक हुई मूसलधार बारिश ने महानगर की रफ्तार थाम दी और कई इलाकों में पानी भर गया।\n"
    )
    labels = labels_of(text)
    assert labels.index("headline") == 9
    assert labels[6:8] == ["boilerplate:related"] * 2


@pytest.mark.parametrize(
    "sign_off", ["सत्या.संजय", "हिन्दुस्थान समाचार / नेहा पाण्डेय"]
)
def test_wire_sign_offs_of_initials_and_of_a_slash(sign_off: str) -> None:
    text = (
        "गेहूं उपार्जन के लिए किसान पंजीयन की अंतिम तिथि अब 25 मार्च\n\n"
        "भोपाल, 12 मार्च (हि.स.)। राज्य सरकार ने गेहूं उपार्जन के लिए किसानों के पंजीयन की अंतिम तिथि बढ़ाकर 25 मार्च कर दी है।\n"
        f"{sign_off}\n"
    )
    assert labels_of(text)[3] == "byline"


def test_a_headline_that_opens_with_a_place_is_no_lede() -> None:
    text = (
        "मज़दूर-किसान\n\n"
        "दिल्ली: मानदेय बढ़ाने की मांग पर आंगनवाड़ी कर्मियों का सचिवालय कूच, बोलीं- नौ हज़ार में घर कैसे चले?\n"
        "आंगनवाड़ी कर्मियों का कहना है कि पांच साल से उनके मानदेय में एक रुपये की बढ़ोतरी नहीं हुई है।\n"
        "अनुराधा सिंह\n"
        "12 Mar 2024\n\n"
        "राजधानी की हज़ारों आंगनवाड़ी कर्मियों ने मंगलवार को मानदेय बढ़ाने की मांग को लेकर सचिवालय तक मार्च किया।\n\n"
        "कर्मियों की सबसे बड़ी नाराज़गी पोषण ट्रैकर ऐप को लेकर है, जिसे चलाने का खर्च वे खुद उठाती हैं।\n"
    )
    labels = labels_of(text)
    assert labels[2:4] == ["headline", "standfirst"]
    assert labels[7] == "body"
    assert labels[9] == "body"


def test_a_support_appeal_and_wordpress_buttons_are_furniture() -> None:
    text = (
        "जंगल की आग से अल्मोड़ा में सैकड़ों हेक्टेयर वन क्षेत्र राख\n\n"
        "अल्मोड़ा: जिले के कई वन क्षेत्रों में पिछले तीन दिनों से लगी आग ने सैकड़ों हेक्टेयर जंगल को राख कर दिया है।\n\n"
        "(स्वतंत्र पत्रकारिता को ज़िंदा रखने के लिए हमें आपके सहयोग की ज़रूरत है। आज ही सहयोग करें।)\n\n"
        "Click to share on Facebook (Opens in new window)\n"
        "Like this:\n"
        "Categories: विचार, विशेष, समाज\n"
    )
    assert labels_of(text)[4:] == ["boilerplate:social", "blank", "boilerplate:share", "boilerplate:ui",
                                   "boilerplate:tags", "blank"]


def test_a_table_in_the_story_is_story() -> None:
    text = (
        "सरसों के दाम में तेजी, राजस्थान की मंडियों में 6000 रुपये के पार पहुंचा भाव\n\n"
        "जयपुर: राजस्थान की प्रमुख मंडियों में सरसों के दाम में लगातार तीसरे दिन तेजी दर्ज की गई है और किसान खुश हैं।\n"
        "प्रमुख मंडियों में आज के भाव\n"
        "मंडी | न्यूनतम भाव | अधिकतम भाव | मॉडल भाव\n"
        "जयपुर | 5900 | 6350 | 6150\n"
        "भरतपुर | 5800 | 6210 | 6040\n"
        "कोटा | 5700 | 6100 | 5960\n"
        "व्यापारियों का कहना है कि तेल मिलों की मांग बढ़ने से आने वाले दिनों में भी दाम मजबूत बने रह सकते हैं।\n"
        "होम | देश | विदेश | खेल\n"
    )
    labels = labels_of(text)
    assert labels[3] == "subhead"
    assert labels[4:8] == ["body"] * 4
    assert labels[8] == "body"
    assert labels[9] == "boilerplate:navigation"


def test_a_bare_subscribe_button_under_an_alerts_offer() -> None:
    text = (
        "अभिनेत्री ने पूरी की नई फिल्म की शूटिंग, टीम के साथ मनाया जश्न\n"
        "For Quick Alerts\n"
        "Subscribe Now\n\n"
        "मुंबई: अभिनेत्री ने अपनी आने वाली फिल्म की शूटिंग पूरी कर ली है और सेट पर टीम के साथ जश्न मनाया।\n"
    )
    assert labels_of(text)[1:3] == ["boilerplate:newsletter", "boilerplate:newsletter"]


def test_a_table_introduced_by_a_sentence() -> None:
    text = (
        "नागपुर में रातभर की बारिश से कई इलाके जलमग्न, मनपा ने खोले नियंत्रण कक्ष\n\n"
        "यह भी पढ़ें: नागपुर मेट्रो के दूसरे चरण का काम तेज\n\n"
        "किस जोन में कितनी बारिश\n"
        "मनपा के आंकड़ों के अनुसार शहर के दस में से पांच जोन में 100 मिमी से ज्यादा पानी बरसा:\n"
        "जोन | बारिश (मिमी) | शिकायतें\n"
        "धरमपेठ | 131 | 9\n"
        "लक्ष्मीनगर | 124 | 6\n"
        "नेहरूनगर | 118 | 8\n\n"
        "प्रादेशिक मौसम केंद्र ने शनिवार के लिए नागपुर, वर्धा और भंडारा जिलों में ऑरेंज अलर्ट जारी किया है।\n"
    )
    labels = labels_of(text)
    assert labels[6:10] == ["body"] * 4
    assert labels[11] == "body"


def test_a_short_title_between_two_paragraphs_is_a_subhead() -> None:
    text = (
        "शहरों में बढ़ती गर्मी: हीट एक्शन प्लान काग़ज़ पर, अमल में पीछे\n\n"
        "नई दिल्ली: देश के बड़े शहरों में हर साल गर्मी के दिनों की संख्या बढ़ रही है और लोग परेशान हैं।\n\n"
        "आगे का रास्ता\n\n"
        "इस संकट का कोई जादुई हल नहीं है, लेकिन कुछ दिशाएं साफ़ हैं और सरकारों को उन पर चलना होगा।\n\n"
        "राजधानी में मेट्रो के नए रूट पर सेवा शुरू, लाखों यात्रियों को मिलेगी राहत\n\n"
        "पहली दिशा यह है कि शहरों में पेड़ों और तालाबों को बचाया जाए ताकि तापमान कम रहे।\n"
    )
    labels = labels_of(text)
    assert labels[4] == "subhead"  # shares no word with its paragraph, but stands between two
    assert labels[8] == "boilerplate:related"  # another story's headline is longer


def test_the_headline_is_the_first_of_its_copies() -> None:
    # A section list's title over the headline, then the title again as a
    # bullet under the byline and time, right above the story.
    text = "\n".join([
        "ताज़ा खबरें",
        "सिर्फ FIR में नाम होने से पासपोर्ट के नवीनीकरण से इनकार नहीं किया जा सकता: हाईकोर्ट",
        "Ramesh Sharma",
        "15 March 2024 6:25 PM IST",
        "  • सिर्फ FIR में नाम होने से पासपोर्ट के नवीनीकरण से इनकार नहीं किया जा सकता: हाईकोर्ट",
        "हाईकोर्ट ने कहा है कि किसी व्यक्ति का नाम केवल FIR में दर्ज होने से पासपोर्ट प्राधिकरण को उसका पासपोर्ट"
        " नवीनीकृत करने से इनकार करने का अधिकार नहीं मिल जाता। अदालत ने कार्यालय का आदेश रद्द कर दिया।",
    ])
    labels = labels_of(text)
    assert labels[1] == "headline"
    assert labels[4] == "boilerplate:ui"
    assert labels[5] == "body"


def test_the_time_on_a_line_of_its_own_under_the_date() -> None:
    text = "\n".join([
        "वोल्टरा ने लॉन्च किया नया इलेक्ट्रिक स्कूटर, फुल चार्ज पर चलेगा 160 किलोमीटर",
        "लेखन अंकित वर्मा",
        "Mar 12, 2024",
        "04:15 pm",
        "",
        "इलेक्ट्रिक दोपहिया बनाने वाली कंपनी ने मंगलवार को अपना नया स्कूटर बाजार में उतारा। कंपनी का दावा है कि"
        " यह एक बार चार्ज होने पर 160 किलोमीटर तक चलेगा।",
        "",
        "लेटेस्ट वीडियो",
        "बिहार: नालंदा में उफनती नदी पार करते बह गया ट्रैक्टर, देखें वीडियो",
        "02:14",
    ])
    labels = labels_of(text)
    assert labels[2:4] == ["meta", "meta"]
    assert labels[7:] == ["boilerplate:video"] * 3  # a video's length is part of its list


def test_a_bare_list_between_two_paragraphs_is_the_storys() -> None:
    text = "\n".join([
        "मकर संक्रांति पर दान का महत्व, जानिए किन चीजों का दान होता है शुभ",
        "",
        "मान्यता है कि मकर संक्रांति पर किया गया दान कई गुना पुण्य देता है। इस दिन मुख्य रूप से इन चीजों के"
        " दान की परंपरा है।",
        "",
        "तिल और गुड़ से बने लड्डू",
        "खिचड़ी के लिए चावल और उड़द की दाल",
        "ऊनी कपड़े और कंबल",
        "",
        "उत्तर प्रदेश और बिहार में इस पर्व को खिचड़ी के नाम से भी जाना जाता है। गोरखपुर के मंदिर में इस दिन"
        " खिचड़ी चढ़ाने की परंपरा है।",
        "",
        "ये भी पढ़ें: कुंभ मेले में पहली बार बनेगा डिजिटल खोया-पाया केंद्र",
        "",
        "इस दिन सुबह स्नान के बाद सूर्य को अर्घ्य देने की परंपरा है और लोग पतंग भी उड़ाते हैं।",
    ])
    labels = labels_of(text)
    assert labels[4:7] == ["body"] * 3
    assert labels[10] == "boilerplate:related"


def test_two_titles_between_paragraphs_are_no_list() -> None:
    text = "\n".join([
        "मकर संक्रांति पर दान का महत्व, जानिए किन चीजों का दान होता है शुभ",
        "",
        "मान्यता है कि मकर संक्रांति पर किया गया दान कई गुना पुण्य देता है। इस दिन दान की परंपरा है।",
        "",
        "कुंभ मेले में पहली बार बनेगा डिजिटल खोया-पाया केंद्र, श्रद्धालुओं को मिलेगी मदद",
        "प्रयागराज में ठंड का कहर जारी, स्कूलों की छुट्टियां फिर बढ़ीं",
        "",
        "उत्तर प्रदेश और बिहार में इस पर्व को खिचड़ी के नाम से भी जाना जाता है। मंदिर में खिचड़ी चढ़ाई जाती है।",
    ])
    assert labels_of(text)[4:6] == ["boilerplate:related"] * 2


@pytest.mark.parametrize(("under", "label"), [("नरेश", "byline"), ("टैग्स", "boilerplate:tags")])
def test_the_desks_editor_alone_under_the_sign_off(under: str, label: str) -> None:
    text = (
        "दिल्ली की सड़कों पर उतरीं 320 नई इलेक्ट्रिक बसें, 12 डिपो से शुरू हुआ संचालन\n\n"
        "नयी दिल्ली, 14 नवंबर (भाषा) दिल्ली सरकार ने बृहस्पतिवार को 320 नई इलेक्ट्रिक बसों को हरी झंडी दिखाई।"
        " परिवहन मंत्री ने कहा कि इससे प्रदूषण घटेगा।\n\n"
        "भाषा राजकुमार नरेश\n\n"
        f"{under}\n"
    )
    labels = labels_of(text)
    assert labels[4] == "byline"
    assert labels[6] == label


def test_a_tag_cloud_in_the_site_header() -> None:
    text = "\n".join([
        "होम", "उत्तर प्रदेश", "राष्ट्रीय", "मनोरंजन", "खेल", "",
        "TRENDING TAGS :", "Makar Sankranti 2025", "Mahakumbh 2025", "UP Weather Today", "",
        "Home > Religion", "",
        "मकर संक्रांति पर दान का महत्व, जानिए किन चीजों का दान होता है शुभ", "",
        "मान्यता है कि मकर संक्रांति पर किया गया दान कई गुना पुण्य देता है। इस दिन तिल, गुड़ और खिचड़ी के दान"
        " की परंपरा है।",
    ])
    labels = labels_of(text)
    assert labels[:5] == ["boilerplate:navigation"] * 5
    assert labels[6:10] == ["boilerplate:tags"] * 4
    assert labels[13] == "headline"


def test_an_authors_box_after_the_story() -> None:
    text = "\n".join([
        "सीहोर के गांवों में सूखते हैंडपंप, पानी के लिए रोज तीन किलोमीटर का सफर",
        "",
        "सीहोर: जिले के कई गांवों में भूजल स्तर गिरने से हैंडपंप सूख गए हैं। महिलाओं को रोज तीन किलोमीटर दूर से"
        " पानी लाना पड़ता है और प्रशासन ने टैंकर भेजने का वादा किया है।",
        "",
        "Tags: जल संकट भूजल मध्य प्रदेश",
        "",
        "अनुराधा मालवीय",
        "अनुराधा भोपाल स्थित स्वतंत्र पत्रकार हैं और ग्रामीण मध्य प्रदेश में पानी, खेती और स्वास्थ्य पर लिखती हैं।",
        "",
        "Latest Stories",
        "भोपाल की झीलों में घटता ऑक्सीजन स्तर, मछुआरों की चिंता बढ़ी",
        "मोदी सरकार",
        "मोदी सरकार ने किसानों के लिए नई योजना शुरू की, खातों में आएंगे छह हजार रुपये",
    ])
    labels = labels_of(text)
    assert labels[6:8] == ["byline", "byline"]
    assert labels[9:] == ["boilerplate:related"] * 4  # a headline that opens with a name is no bio


def test_numbered_steps_over_their_paragraphs_are_subheads() -> None:
    text = "\n".join([
        "गर्मी में AC चलाने पर भी आधा आएगा बिजली बिल, बस अपनाएं ये आसान तरीके",
        "",
        "देश के ज्यादातर हिस्सों में पारा 40 डिग्री के पार पहुंच चुका है और ऐसे में AC के बिना रहना मुश्किल हो गया है."
        " लेकिन बिजली का बिल भी बढ़ जाता है.",
        "",
        "एनर्जी एक्सपर्ट्स के मुताबिक AC की कुल बिजली खपत का बड़ा हिस्सा इस बात पर निर्भर करता है कि आप उसे"
        " किस तापमान पर और कितनी देर चलाते हैं. कुछ आसान आदतें अपनाकर बिल काफी घटाया जा सकता है.",
        "",
        "1. तापमान 24 डिग्री पर रखें",
        "बहुत से लोग कमरा जल्दी ठंडा करने के लिए AC को 16 या 18 डिग्री पर चला देते हैं. एक्सपर्ट्स का कहना है कि"
        " तापमान 24 डिग्री रखने से बिजली की खपत कम होती है.",
        "",
        "2. फिल्टर की नियमित सफाई",
        "AC के फिल्टर में धूल जमने से हवा का बहाव कम हो जाता है और कंप्रेसर को ज्यादा देर चलना पड़ता है. गर्मियों"
        " में हर दो हफ्ते में फिल्टर साफ करें.",
        "",
        "इन जगहों पर शिविर लगेंगे:",
        "1. कंकड़बाग",
        "2. राजेंद्र नगर",
    ])
    labels = labels_of(text)
    assert [labels[i] for i in (6, 7, 9, 10)] == ["subhead", "body", "subhead", "body"]
    assert labels[12:] == ["body"] * 3


@pytest.mark.parametrize("point", ["• ", ""])
def test_the_paragraph_under_short_highlights_is_the_lede(point: str) -> None:
    text = "\n".join([
        "पहाड़ों पर बर्फबारी से 37 सड़कें बंद, चकराता और औली में पर्यटकों की भीड़",
        "",
        "Written by: ब्यूरो रिपोर्ट",
        "Published on: January 22, 2025 03:18 PM",
        "",
        "हाइलाइट्स",
        f"{point}ऊंचाई वाले इलाकों में दो दिन से लगातार बर्फबारी",
        f"{point}चार जिलों में 37 सड़कें यातायात के लिए बंद",
        "",
        "उत्तराखंड के ऊंचाई वाले इलाकों में पिछले दो दिनों से हो रही बर्फबारी ने पर्यटन कारोबारियों के चेहरे खिला"
        " दिए हैं, लेकिन स्थानीय लोगों की मुश्किलें बढ़ गई हैं।",
        "",
        "सबसे ज्यादा असर उत्तरकाशी जिले में देखने को मिला है, जहां 14 ग्रामीण सड़कें बर्फ जमने से बंद हो गई हैं।",
    ])
    labels = labels_of(text)
    assert labels[6:8] == ["standfirst", "standfirst"]
    assert labels[9] == "body"


def test_topics_parted_by_commas_after_the_story_are_tags() -> None:
    text = "\n".join([
        "गया के गांवों में लौट रही आहर-पइन की परंपरा, सूखे से जूझते किसानों को मिला सहारा",
        "",
        "गया: जिले के कई गांवों में लोग श्रमदान कर सदियों पुरानी सिंचाई प्रणाली को फिर से जीवित कर रहे हैं।"
        " इससे धान की रोपाई का रकबा बढ़ा है।",
        "",
        "कृषि, जल संकट, जलवायु परिवर्तन, पारंपरिक ज्ञान, बिहार",
        "",
        "पटना, गया और नालंदा में बारिश, किसानों के चेहरे खिले",
    ])
    labels = labels_of(text)
    assert labels[4] == "boilerplate:tags"
    assert labels[6] == "boilerplate:related"  # a headline with commas is no topic row


def test_a_listing_of_titles_over_their_dates() -> None:
    titles = [
        "ISRO वैज्ञानिकों ने पहली बार सफलतापूर्वक बदली चंद्रयान की कक्षा",
        "सरकार गिरने के बाद बोले मुख्यमंत्री- जारी रहेगी राजनीतिक अस्थिरता",
        "कैबिनेट मीटिंग: गन्ना किसानों से लेकर आधार तक लिए गए ये अहम फैसले",
        "सरकार गिरी, गठबंधन का साथ भी छूटेगा? मुख्यमंत्री ने दिया जवाब",
        "पांच राज्यसभा सांसदों का कार्यकाल पूरा, अब उनकी कैसे होगी वापसी?",
    ]
    text = "\n".join(line for title in titles for line in (title, "24 जुलाई 2019"))
    assert labels_of(text) == ["boilerplate:related", "meta"] * 5


def test_a_short_story_over_a_sidebar_of_timed_titles_is_a_story() -> None:
    text = "\n".join([
        "बिहार में आसमानी बिजली की चपेट में आने से नौ लोगों की मौत",
        "पटना, 24 जुलाई। बिहार के औरंगाबाद और भागलपुर जिले में मंगलवार को वज्रपात से नौ लोगों की मौत हो गई।",
        "प्रशासन ने मृतकों के परिजनों को चार-चार लाख रुपये मुआवजा देने की घोषणा की है।",
        "रेलवे प्लास्टिक की बोतलें जमा करने वालों को देगा पांच रुपये",
        "Jul 24, 2019 | 05:00 AM",
        "राबड़ी देवी बोलीं- उपमुख्यमंत्री घबराकर दे रहे हैं ऐसे बयान",
        "Jul 23, 2019 | 07:37 PM",
        "हाथ और गले में सांप पकड़कर इस गांव में ऐसे मनाई जाती है नाग पंचमी",
        "Jul 23, 2019 | 04:15 PM",
    ])
    labels = labels_of(text)
    assert labels[:3] == ["headline", "body", "body"]


def test_a_title_that_shares_no_word_with_the_story_heads_another() -> None:
    # A crawl left another story's headline atop this one.
    text = "\n".join([
        "दिग्गज कारोबारी को तगड़ा झटका, भाई विदेश में गिरफ्तार",
        "जम्मू : इस साल अमरनाथ यात्रा करने वाले श्रद्धालुओं की संख्या ने रिकॉर्ड तोड़ आंकड़ा हासिल किया है."
        " सिर्फ तीन सप्ताह में यह संख्या 2.9 लाख को पार कर गई है.",
        "दो मार्गों से होती है यात्रा...",
        "तीर्थयात्री पवित्र गुफा तक जाने के लिए छोटे बालटाल मार्ग से या फिर लंबे पहलगाम मार्ग से जाते हैं.",
    ])
    labels = labels_of(text)
    assert labels[0] == "boilerplate:related"
    assert labels[1:] == ["body", "subhead", "body"]


def test_the_headline_is_the_title_that_names_what_the_lede_tells() -> None:
    # The crawl left another story's headline (and its date) above this one.
    text = "\n".join([
        "ऋषिकेश में गंगा का जलस्तर चेतावनी निशान के करीब, घाटों पर आवाजाही रोकी",
        "Publish Date: 14 Aug 2023",
        "मसूरी रोड पर भूस्खलन से आठ घंटे ठप रहा यातायात, सैकड़ों पर्यटक फंसे",
        "दून दर्पण संवाददाता",
        "देहरादून, 13 अगस्त। लगातार बारिश के बीच रविवार तड़के मसूरी रोड पर पहाड़ी से भारी मलबा गिरने से"
        " आठ घंटे यातायात ठप रहा और सैकड़ों पर्यटक फंसे रहे।",
        "लोक निर्माण विभाग की टीम ने सुबह सात बजे से दो मशीनों की मदद से मलबा हटाने का काम शुरू किया।",
    ])
    labels = labels_of(text)
    assert labels[0] == "boilerplate:related"
    assert labels[2] == "headline"


def test_a_sections_name_under_each_title_of_a_listing_is_a_tag() -> None:
    text = "\n".join([
        "राजधानी के सरकारी स्कूलों में ठंड के कारण 20 जनवरी तक कक्षाएं बंद",
        "शिक्षा",
        "दानापुर में जमीन विवाद को लेकर दो पक्षों में मारपीट, चार घायल",
        "अपराध",
        "नगर निगम का बजट पेश, जलजमाव से निपटने पर सबसे अधिक खर्च का प्रावधान",
        "राजनीति",
        "फुलवारीशरीफ में नया स्वास्थ्य उपकेंद्र शुरू, 15 गांवों को मिलेगा लाभ",
    ])
    assert labels_of(text) == ["boilerplate:related", "boilerplate:tags"] * 3 + ["boilerplate:related"]


def test_video_titles_over_a_channels_name_inside_the_story() -> None:
    text = "\n".join([
        "बारिश के बाद शहर की सड़कों पर गड्ढे, निगम ने शुरू की मरम्मत",
        "इंदौर शहर में लगातार बारिश के बाद कई सड़कों पर गड्ढे हो गए हैं। नगर निगम ने मरम्मत का काम शुरू कर दिया है।",
        "उज्जैन में बाबा महाकाल की सवारी में उमड़े श्रद्धालु, देखें वीडियो",
        "Malwa Express TV",
        "देवास बायपास पर ट्रक और बस की भिड़ंत, कई यात्री...",
        "Malwa Express TV",
        "नागरिक अपने क्षेत्र की सड़क की शिकायत निगम के कॉल सेंटर और मोबाइल ऐप पर दर्ज करा सकते हैं।",
    ])
    assert labels_of(text)[2:6] == ["boilerplate:video"] * 4


def test_video_titles_over_a_channels_name_after_the_story() -> None:
    text = "\n".join([
        "झुंझुनूं में ओलावृष्टि से फसलें बर्बाद, किसानों ने मांगा मुआवजा",
        "झुंझुनूं जिले में रविवार को हुई ओलावृष्टि से सरसों और गेहूं की फसलें बर्बाद हो गईं। किसानों ने मुआवजे की मांग की है।",
        "Tags: झुंझुनूं, किसान, कृषि विभाग",
        "सीकर में तेज बारिश से कई कॉलोनियों में भरा पानी, लोग घरों में कैद",
        "Shekhawati Times TV",
        "खाटूश्यामजी मेले की तैयारियों को लेकर प्रशासन की बैठक...",
        "Shekhawati Times TV",
        "नवलगढ़ की हवेलियों के संरक्षण के लिए बनेगी कार्ययोजना",
        "कस्बे की पुरानी हवेलियों के भित्ति चित्रों को बचाने के लिए पर्यटन विभाग ने सर्वे शुरू कर दिया है।",
        "फतेहपुर में नगरपालिका ने शुरू किया आवारा पशु पकड़ो अभियान",
        "नगरपालिका की टीम ने पहले दिन मुख्य बाजार से 40 से अधिक आवारा पशुओं को पकड़कर गोशाला भेजा।",
    ])
    labels = labels_of(text)
    assert labels[3:7] == ["boilerplate:video"] * 4  # (the list is mostly other stories' links)
    assert labels[7:] == ["boilerplate:related"] * 4


def test_the_story_ends_at_a_widget_of_titles_with_their_teasers() -> None:
    text = "\n".join([
        "गोमती में बढ़ा जलस्तर, निचले इलाकों में अलर्ट जारी",
        "लखनऊ. लगातार बारिश से गोमती नदी का जलस्तर बढ़ गया है. प्रशासन ने निचले इलाकों में अलर्ट जारी किया है.",
        "Related Posts",
        "रायबरेली रोड पर ट्रक और बस की भिड़ंत, 11 यात्री घायल",
        "रायबरेली रोड पर शनिवार देर रात एक ट्रक ने सवारियों से भरी बस को टक्कर मार दी. हादसे में 11 लोग घायल हो गए.",
        "सुल्तानपुर: गेहूं खरीद केंद्रों पर अब तक नहीं पहुंचे बोरे",
        "सुल्तानपुर. जिले के 42 क्रय केंद्रों में से आधे से अधिक पर अभी तक बोरे नहीं पहुंचे हैं.",
    ])
    assert labels_of(text)[2:] == ["boilerplate:related"] * 5


def test_a_district_under_each_title_of_a_sidebar_is_a_tag() -> None:
    text = "\n".join([
        "ताज़ा खबरें",
        "सतना में स्कूल वैन पलटी, चार बच्चे मामूली घायल",
        "सतना",
        "सिंगरौली की खदान में हादसा, डंपर चालक की मौत",
        "सिंगरौली",
        "मैहर मंदिर रोपवे का संचालन दो दिन बंद रहेगा",
        "मैहर",
    ])
    assert labels_of(text)[2:7:2] == ["boilerplate:tags"] * 3


def test_a_table_flattened_with_tabs_is_story() -> None:
    text = "\n".join([
        "कुमाऊं में शीतलहर का कहर, पहाड़ों पर पारा शून्य से नीचे",
        "हल्द्वानी, जागरण संवाददाता। कुमाऊं के पर्वतीय जिलों में शीतलहर ने लोगों की मुश्किलें बढ़ा दी हैं। सोमवार रात"
        " मुक्तेश्वर में पारा शून्य से नीचे चला गया।",
        "कहां कितना रहा तापमान",
        "शहर\tअधिकतम\tन्यूनतम",
        "नैनीताल\t9.4\t-0.6",
        "मुक्तेश्वर\t7.8\t-2.1",
        "अल्मोड़ा\t12.6\t1.8",
        "मौसम विभाग ने अगले दो दिन तक पहाड़ों में शीतलहर जारी रहने की चेतावनी दी है और लोगों से सावधानी बरतने को कहा है।",
    ])
    labels = labels_of(text)
    assert labels[2] == "subhead"
    assert labels[3:] == ["body"] * 5


def test_a_listing_whose_teaser_opens_with_a_dateline() -> None:
    text = "\n".join([
        "हटिया स्टेशन पर नया फुट ओवरब्रिज तैयार, अगले सप्ताह से खुलेगा",
        "March 14, 2022",
        "रिम्स में ओपीडी का समय बदला, अब सुबह आठ बजे से होगा पंजीयन",
        "March 14, 2022",
        "मोरहाबादी मैदान में तीन दिवसीय कृषि मेला शुरू, पहले दिन पहुंचे हजारों किसान",
        "March 13, 2022",
        "रांची। मोरहाबादी मैदान में रविवार से शुरू हुए कृषि मेले में जैविक खेती और ड्रिप सिंचाई के स्टॉल लगे हैं।",
        "और पढ़ें",
    ])
    labels = labels_of(text)
    assert "headline" not in labels and "body" not in labels


def test_an_interviews_intro_that_names_the_lede_better_is_no_headline() -> None:
    text = "\n".join([
        "सरसों की सरकारी खरीद 28 मार्च से, किसानों को 72 घंटे में मिलेगा भुगतान",
        "Publish Date: Wednesday, 22 March 2023",
        "राकेश दहिया | हिसार",
        "जिला कृषि उपनिदेशक डॉ. सतबीर पूनिया से हरियाणा प्रहरी की खास बातचीत",
        "रबी सीजन की सरसों मंडियों में पहुंचने लगी है, लेकिन सरकारी खरीद शुरू न होने से किसान परेशान हैं। भुगतान पर"
        " हरियाणा प्रहरी ने जिला कृषि उपनिदेशक डॉ. सतबीर पूनिया से खास बातचीत की।",
        "प्रश्न: सरकारी खरीद कब से शुरू होगी?",
        "उत्तर: जिले में 28 मार्च से सरसों की खरीद शुरू हो जाएगी।",
    ])
    assert labels_of(text)[0] == "headline"


def test_a_sites_date_strip_above_the_headline_and_a_read_more_link() -> None:
    text = "\n".join([
        "होम देश विदेश खेल मनोरंजन",
        "",
        "शनिवार, 18 मार्च 2023",
        "",
        "शाही लीची में इस बार समय से पहले आए मंजर, किसानों को अच्छी पैदावार की उम्मीद",
        "",
        "मुजफ्फरपुर, 18 मार्च. जिले के लीची बागानों में इस बार समय से पहले मंजर आ गए हैं. किसानों को अच्छी पैदावार"
        " की उम्मीद है और व्यापारी भी बागानों का दौरा करने लगे हैं.",
        "",
        "सबसे ज्यादा पढ़ी गई",
        "कांटी थर्मल पावर प्लांट की दूसरी यूनिट में उत्पादन फिर शुरू",
        "और पढ़ें",
    ])
    labels = labels_of(text)
    assert labels[2] == "boilerplate:navigation"
    assert labels[4] == "headline"
    assert labels[10] == "boilerplate:ui"


def test_a_table_flattened_one_cell_a_line_under_the_sentence_that_opens_it() -> None:
    text = "\n".join([
        "मुरैना में गेहूं खरीदी शुरू, पहले दिन तीन केंद्रों पर पहुंचे किसान",
        "मुरैना, 11 अप्रैल। जिले में समर्थन मूल्य पर गेहूं की खरीदी सोमवार से शुरू हो गई। पहले दिन किसानों की भीड़ कम रही।",
        "जिला प्रशासन से मिले आंकड़ों के अनुसार पहले दिन तीन केंद्रों पर इस तरह खरीदी हुई:",
        "केंद्र",
        "खरीदी (क्विंटल)",
        "मुरैना मंडी",
        "1240",
        "सबलगढ़",
        "860",
        "खरीदी केंद्रों पर किसानों के लिए छाया और पानी की व्यवस्था की गई है और तौल कांटों की जांच भी कराई गई है।",
    ])
    assert labels_of(text)[3:] == ["body"] * 7


def test_a_table_flattened_with_runs_of_spaces_is_story() -> None:
    text = "\n".join([
        "गेहूं उपार्जन के लिए पंजीयन शुरू, जिले में 68 केंद्र बनाए गए",
        "कटनी (कटनी खबर)। समर्थन मूल्य पर गेहूं उपार्जन के लिए किसानों का पंजीयन बुधवार से शुरू हो गया। जिले में 68"
        " उपार्जन केंद्र बनाए गए हैं।",
        "तहसीलवार केंद्र और पिछले साल की खरीदी",
        "तहसील  केंद्र  खरीदी 2023 (क्विंटल)",
        "कटनी  14  1,12,400",
        "बहोरीबंद  16  1,48,900",
        "रीठी  11  86,300",
        "पंजीयन की अंतिम तारीख 28 फरवरी तय की गई है और किसान मोबाइल ऐप से भी पंजीयन करा सकते हैं।",
    ])
    labels = labels_of(text)
    assert labels[2] == "subhead"
    assert labels[3:] == ["body"] * 5


def test_a_listing_of_titles_with_teasers_over_their_dates() -> None:
    text = "\n".join([
        "कोसी तटबंध के भीतर बसे गांवों में नाव ही सहारा, स्कूल जाने के लिए रोज जोखिम",
        "January 12, 2024",
        "सिमरी बख्तियारपुर में धान खरीद केंद्र पर किसानों का हंगामा, नमी के नाम पर लौटाया अनाज",
        "January 12, 2024",
        "सदर अस्पताल में शुरू हुई डायलिसिस सुविधा, पहले दिन पांच मरीजों का इलाज",
        "सहरसा। सदर अस्पताल में लंबे इंतजार के बाद गुरुवार से डायलिसिस यूनिट ने काम शुरू कर दिया।",
        "January 11, 2024",
    ])
    labels = labels_of(text)
    assert "headline" not in labels and "body" not in labels


def test_a_listing_of_titles_over_their_dates_sections_and_numbers() -> None:
    text = "\n".join([
        "सिरोही में सरकारी अस्पताल के बाहर अतिक्रमण हटाया, ठेले वालों को मिली नई जगह",
        "Date : 14/03/2024",
        "सिरोही। नगर परिषद और पुलिस की संयुक्त टीम ने गुरुवार सुबह जिला अस्पताल के सामने फैले अतिक्रमण को हटाया।",
        "आबूरोड रेलवे स्टेशन पर यात्री से चोरी हुआ मोबाइल बरामद, आरोपी पकड़ा",
        "आबूरोड",
        "पिंडवाड़ा क्षेत्र के गांवों में पेयजल संकट, महिलाओं ने मटके लेकर किया प्रदर्शन",
        "पिंडवाड़ा",
        "रेवदर में राजकीय महाविद्यालय के नए भवन का काम अधूरा, छात्रों ने सौंपा ज्ञापन",
        "24817",
    ])
    labels = labels_of(text)
    assert "headline" not in labels and "body" not in labels


def test_the_dek_right_under_the_headline_is_no_headline() -> None:
    text = "\n".join([
        "सरयू के नाविक बोले- श्रद्धालु बढ़े तो कमाई बढ़ी, पर घाटों पर जगह घट गई",
        "नया घाट नाविक संघ के अध्यक्ष रामकिशोर निषाद से नावों के किराए, सुरक्षा और घाटों की बदलती तस्वीर पर खास बातचीत",
        "रिपोर्ट: अनुराग मिश्र",
        "अपडेटेड: 13 जनवरी 2024, 04:35 PM",
        "",
        "अयोध्या (अयोध्या टाइम्स ब्यूरो)। रामनगरी में श्रद्धालुओं की संख्या बढ़ने के साथ सरयू में नाव चलाने वाले परिवारों"
        " की कमाई बढ़ी है। नया घाट नाविक संघ के अध्यक्ष रामकिशोर निषाद से नावों के किराए और सुरक्षा पर बातचीत।",
        "सवाल: पिछले एक साल में घाट पर क्या बदला है?",
        "जवाब: सबसे बड़ा बदलाव भीड़ का है। पहले त्योहारों पर ही रौनक होती थी, अब हर दिन हजारों लोग आते हैं।",
    ])
    assert labels_of(text)[0] == "headline"


def test_a_live_blogs_updates_under_their_time_stamps_are_the_story() -> None:
    text = "\n".join([
        "रणजी ट्रॉफी लाइव: हरियाणा के गेंदबाजों का कहर, बंगाल की दूसरी पारी लड़खड़ाई",
        "Updated: 14 Mar, 2024 | 05:12 PM",
        "05:05 PM",
        "तीसरे दिन का खेल खत्म हो गया है। बंगाल ने दूसरी पारी में छह विकेट पर 142 रन बना लिए हैं और बढ़त 24 रन की है।",
        "04:40 PM",
        "हरियाणा को छठी सफलता मिली! स्पिनर अक्षय यादव ने कप्तान को स्लिप में कैच कराया। वे 27 रन बनाकर लौटे।",
        "03:55 PM",
        "चाय के बाद का खेल शुरू हो चुका है। दूसरे सत्र में बंगाल ने 62 रन जोड़े लेकिन तीन विकेट भी गंवाए।",
        "Trending",
        "IPL 2024: चोट से उबरकर लौटे तेज गेंदबाज ने नेट्स में बहाया पसीना",
        "WPL Final: खिताबी मुकाबले से पहले दोनों कप्तानों ने क्या कहा?",
    ])
    assert labels_of(text) == [
        "headline", "meta", "meta", "body", "meta", "body", "meta", "body",
        "boilerplate:related", "boilerplate:related", "boilerplate:related",
    ]


def test_a_paragraph_broken_mid_sentence_is_one_paragraph() -> None:
    text = "\n".join([
        "सहस्रधारा रोड चौड़ीकरण: 240 पेड़ बचाने के लिए बदला नक्शा, अब 15 मीटर चौड़ी होगी सड़क",
        "देहरादून। सहस्रधारा रोड के चौड़ीकरण को लेकर महीनों से चल रहे विरोध के बाद विभाग ने नक्शा बदल दिया है।",
        # a sentence ends inside the line and the next runs on to the line below
        "विभाग के अधिकारियों ने बताया कि पहले की योजना में सड़क किनारे लगे 610 पेड़ों को हटाया जाना था। इनमें कई",
        "साल और आम के पुराने पेड़ शामिल थे। नए डिजाइन में यह संख्या घटकर 370 रह गई है।",
        # the line below opens with a word no sentence opens with
        "वहीं, चौड़ीकरण का समर्थन कर रहे व्यापारियों का कहना है कि सहस्रधारा रोड पर रोज सुबह-शाम लंबा जाम लगता",
        "है और पर्यटन सीजन में हालात और बिगड़ जाते हैं।",
    ])
    assert labels_of(text) == ["headline", "body", "body", "body", "body", "body"]


def test_a_teaser_cut_short_in_a_listing_is_not_joined_to_the_next_title() -> None:
    text = "\n".join([
        "गंगरेल बांध के चार गेट खोले गए, महानदी किनारे के गांवों में अलर्ट जारी",
        "Posted on :16-Aug-2023",
        "धमतरी। लगातार बारिश से गंगरेल बांध का जलस्तर तेजी से बढ़ा है। प्रशासन ने निचले इलाकों के लोगों से सतर्क रहने को कहा",
        "कुरूद मंडी में धान खरीदी की तैयारी शुरू, समिति प्रबंधकों की बैठक",
        "Posted on :15-Aug-2023",
        "कुरूद। आगामी खरीफ विपणन वर्ष में धान खरीदी को लेकर मंगलवार को मंडी परिसर में बैठक हुई। इसमें कई निर्णय लिए गए",
        "स्वतंत्रता दिवस पर पुलिस ग्राउंड में मंत्री ने फहराया तिरंगा",
        "Posted on :15-Aug-2023",
    ])
    labels = labels_of(text)
    assert "body" not in labels and "headline" not in labels


def test_platforms_and_channels_under_a_follow_prompt_are_its_buttons() -> None:
    text = "\n".join([
        "गंगा का जलस्तर चेतावनी बिंदु के पार, दियारा के गांवों में नाव ही सहारा",
        "पटना: गंगा का जलस्तर लगातार बढ़ रहा है। दियारा के कई गांवों का शहर से संपर्क टूट गया है।",
        "एमपी तक को फॉलो करें",
        "Facebook",
        "WhatsApp Channel",
        "Google News",
    ])
    assert labels_of(text)[2:] == ["boilerplate:social"] * 4


def test_an_instagram_posts_text_and_a_videos_title_over_its_link_are_embeds() -> None:
    text = "\n".join([
        "पहाड़ की ठंड में भी नहीं रुकी शूटिंग, अभिनेत्री ने टीम को कहा शुक्रिया",
        "मुंबई। अभिनेत्री ने अपनी नई फिल्म की शूटिंग पूरी होने पर टीम का आभार जताया है। उन्होंने सोशल मीडिया पर पोस्ट लिखी।",
        "View this post on Instagram",
        "पहाड़ों की ठंड ने मुझे दो दिन बिस्तर पर रखा, लेकिन इस टीम ने मेरा ख्याल रखा। शुक्रिया! #Shooting",
        "A post shared by Meera Kapoor (@meera.kapoor)",
        "फिल्म अगले साल मार्च में रिलीज होगी। निर्माताओं ने इसकी घोषणा कर दी है।",
        "शूटिंग के आखिरी दिन सेट पर मना जश्न | Film Desk",
        "https://www.youtube.com/watch?v=Qm4rT8vLx2E",
        "फिल्म का ट्रेलर अगले महीने आएगा। इसके बाद प्रचार शुरू होगा।",
    ])
    assert labels_of(text) == ["headline", "body", "embed", "embed", "embed", "body", "embed", "embed", "body"]


def test_a_two_column_table_of_figures_is_story() -> None:
    text = "\n".join([
        "पिता चलाते हैं ट्रैक्टर, बेटी ने 12वीं में 97.40% अंक लाकर जिले में किया टॉप",
        "कोटपूतली। गांव रामनगर की पूजा यादव ने 12वीं कला वर्ग की परीक्षा में 97.40 प्रतिशत अंक हासिल किए हैं।",
        "विषयवार प्राप्तांक",
        "विषय | प्राप्तांक (100 में से)",
        "हिंदी साहित्य | 98",
        "अंग्रेजी अनिवार्य | 94",
        "इतिहास | 99",
        "कुल | 487/500 (97.40%)",
        "विद्यालय के प्रधानाचार्य ने बताया कि पूजा शुरू से ही कक्षा में अव्वल रही है। विद्यालय ने उसका सम्मान किया।",
    ])
    assert labels_of(text) == ["headline", "body", "subhead"] + ["body"] * 6


def test_titles_with_teasers_under_a_share_bar_are_other_stories() -> None:
    text = "\n".join([
        "पिता चलाते हैं ट्रैक्टर, बेटी ने 12वीं में 97.40% अंक लाकर जिले में किया टॉप",
        "कोटपूतली। गांव रामनगर की पूजा यादव ने 12वीं कला वर्ग की परीक्षा में 97.40 प्रतिशत अंक हासिल किए हैं।",
        "WhatsApp Facebook Twitter",
        "पेयजल संकट को लेकर महिलाओं ने जलदाय विभाग कार्यालय पर किया प्रदर्शन",
        "वार्ड 14 में दस दिनों से नलों में पानी नहीं आने से नाराज महिलाएं मंगलवार को खाली मटके लेकर पहुंचीं।",
        "पावटा में हाईवे पर ट्रेलर और पिकअप की भिड़ंत, चालक घायल",
        "राष्ट्रीय राजमार्ग 48 पर सोमवार देर रात एक तेज रफ्तार ट्रेलर ने पिकअप को टक्कर मार दी।",
    ])
    assert labels_of(text) == ["headline", "body", "boilerplate:share"] + ["boilerplate:related"] * 4


def test_a_short_title_over_the_next_paragraph_under_a_related_link_is_a_subhead() -> None:
    text = "\n".join([
        "गंगा का जलस्तर चेतावनी बिंदु के पार, दियारा के गांवों में नाव ही सहारा",
        "पटना: गंगा का जलस्तर लगातार बढ़ रहा है। दीघा घाट के पास रहने वाले लोगों ने ऊंचे स्थानों पर शरण ली है।",
        "ये भी पढ़ें",
        "भागलपुर में कटाव से नदी में समा गए कई घर, प्रशासन ने शुरू किया राहत अभियान",
        "दियारा में नाव ही सहारा",
        "दियारा के गांवों का शहर से सड़क संपर्क पूरी तरह कट गया है। लोग नाव से ही आना-जाना कर रहे हैं।",
    ])
    assert labels_of(text) == [
        "headline", "body", "boilerplate:related", "boilerplate:related", "subhead", "body",
    ]


def test_an_explainers_numbered_questions_are_subheads() -> None:
    text = "\n".join([
        "राशन कार्ड ई-केवाईसी: 30 सितंबर तक नहीं कराया तो कट सकता है नाम",
        "गुना। जिले में राशन कार्ड धारकों के लिए ई-केवाईसी अनिवार्य कर दिया गया है। खाद्य विभाग ने आदेश जारी किए हैं।",
        "1. क्या है नया नियम?",
        "अब हर राशन कार्ड धारक को अपना आधार कार्ड राशन कार्ड से जोड़कर ई-केवाईसी कराना होगा।",
        "",
        "2. ई-केवाईसी नहीं कराया तो क्या होगा?",
        "",
        "तय तारीख तक ई-केवाईसी नहीं कराने पर राशन कार्ड से नाम हटाया जा सकता है।",
    ])
    assert labels_of(text) == ["headline", "body", "subhead", "body", "blank", "subhead", "blank", "body"]


def test_the_line_under_a_gallerys_counter_is_the_photos_caption() -> None:
    text = "\n".join([
        "माघ मेले की तैयारियां अंतिम चरण में, संगम तट पर बस रहा तंबुओं का शहर",
        "प्रयागराज। माघ मेले की तैयारियां अंतिम चरण में हैं। मेला क्षेत्र में तंबू लगाने का काम तेजी से चल रहा है।",
        "1 / 3",
        "संगम नोज के पास पांटून पुल के पीपे जोड़ते मजदूर। मेला क्षेत्र में इस बार छह पुल बन रहे हैं।",
        "2 / 3",
        "पारंपरिक वेशभूषा में सिर पर कलश लेकर चलती महिलाएं।",
        "3 / 3",
        "शाम ढलते ही रोशनी से जगमगाने लगा परेड मैदान का हिस्सा।",
        "मेलाधिकारी ने सभी विभागों को 31 दिसंबर तक काम पूरा करने के निर्देश दिए हैं।",
    ])
    assert labels_of(text) == [
        "headline", "body", "boilerplate:ui", "caption", "boilerplate:ui", "caption", "boilerplate:ui", "caption",
        "body",
    ]


def test_footer_links_to_the_disclaimer_and_the_next_story_are_links() -> None:
    text = "\n".join([
        "गंगा का जलस्तर चेतावनी बिंदु के पार, दियारा के गांवों में नाव ही सहारा",
        "पटना: गंगा का जलस्तर लगातार बढ़ रहा है। दीघा घाट के पास रहने वाले लोगों ने ऊंचे स्थानों पर शरण ली है।",
        "पिछला लेख",
        "कौशांबी में सड़क हादसा: बस और ट्रक की टक्कर में चार घायल",
        "अगला लेख",
        "गंगा किनारे अवैध खनन पर छापेमारी, तीन ट्रैक्टर जब्त",
        "About Us",
        "Privacy Policy",
        "Disclaimer",
        "Contact Us",
    ])
    labels = labels_of(text)
    assert labels[2] == labels[4] == "boilerplate:navigation"
    assert labels[8] == "boilerplate:navigation"


def test_a_cards_section_above_its_title_is_a_tag() -> None:
    cards = []
    for section, title in (("हस्तक्षेप", "भाषा का सवाल: हिंदी को रोजगार से जोड़े बिना नहीं बचेगी"),
                           ("आजकल", "शहरों की झुग्गियां और स्मार्ट सिटी के अधूरे वादे"),
                           ("साहित्यिक कलरव", "पुस्तक समीक्षा: एक कस्बे की कहानी जो हर शहर की है")):
        cards += [section, title, "March 1, 2020", "बीते दो दशकों में इस पर बहुत कुछ लिखा गया है, पर बदला कम…",
                  "Read More »"]
    labels = labels_of("\n".join(cards))
    assert [labels[i] for i in (0, 5, 10)] == ["boilerplate:tags"] * 3
    assert [labels[i] for i in (1, 6, 11)] == ["boilerplate:related"] * 3


def test_a_table_flattened_one_cell_a_line_under_a_subhead_is_story() -> None:
    rows = [["1", "दीपिका बिष्ट", "राजकीय इंटर कॉलेज, डीडीहाट", "99.2"],
            ["2", "अंशुल पांडे", "सरस्वती विद्या मंदिर, लालकुआं", "98.8"],
            ["3", "मानसी रावत", "राजकीय बालिका इंटर कॉलेज", "98.6"]]
    text = "\n".join([
        "उत्तराखंड बोर्ड रिजल्ट: हाईस्कूल में 90.7 और इंटर में 83.2 प्रतिशत विद्यार्थी पास",
        "हल्द्वानी, संवाददाता। उत्तराखंड विद्यालयी शिक्षा परिषद ने शनिवार को परिणाम घोषित कर दिए। इस बार छात्राएं आगे रहीं।",
        "इंटरमीडिएट के शीर्ष तीन",
        "स्थान", "नाम", "विद्यालय", "प्रतिशत",  # "नाम" alone reads as a comment form's field
        *[cell for row in rows for cell in row],
        "इंटरमीडिएट में पिथौरागढ़ की दीपिका ने प्रदेश में पहला स्थान पाया। वे आईएएस बनना चाहती हैं।",
    ])
    assert labels_of(text) == ["headline", "body", "subhead"] + ["body"] * 17


def test_a_sites_menu_between_the_headline_and_the_story_stays_navigation() -> None:
    text = "\n".join([
        "रणजी ट्रॉफी: रोहन मलिक के शतक से हरियाणा मजबूत, सर्विसेज पर बढ़त",
        "होम", "हरियाणा", "देश", "दुनिया", "खेल", "राजनीति",
        "खेल",
        "रोहतक। रणजी ट्रॉफी मुकाबले में हरियाणा ने सर्विसेज के खिलाफ पहली पारी में बढ़त ले ली है। रोहन मलिक ने शतक लगाया।",
    ])
    labels = labels_of(text)
    assert labels[1:7] == ["boilerplate:navigation"] * 6
    assert labels[7] in ("boilerplate:tags", "boilerplate:navigation")


def test_a_list_of_figures_written_alike_is_story() -> None:
    text = "\n".join([
        "प्रदेश में भीषण गर्मी, नौगांव में पारा 46 डिग्री के पार",
        "भोपाल। प्रदेश में गर्मी का असर लगातार बढ़ रहा है। मौसम विभाग ने लू की चेतावनी जारी की है।",
        "प्रमुख शहरों का तापमान",
        "नौगांव - 46.3 / 29.1",
        "ग्वालियर - 45.8 / 30.2",
        "दतिया - 45.5 / 29.8",
        "भोपाल - 43.8 / 28.7",
        "मौसम विभाग के अनुसार अगले दो दिन राहत के आसार नहीं हैं। लोगों को दोपहर में बाहर न निकलने की सलाह दी गई है।",
    ])
    assert labels_of(text) == ["headline", "body", "subhead", "body", "body", "body", "body", "body"]


def test_wire_copys_desk_names_and_an_authors_bio_are_bylines() -> None:
    text = "\n".join([
        "सोना 350 रुपये चढ़ा, चांदी में 600 रुपये की तेजी",
        "नयी दिल्ली, 12 मार्च (भाषा) दिल्ली सर्राफा बाजार में मंगलवार को सोना 350 रुपये चढ़ गया। चांदी भी महंगी हुई।",
        "कारोबारियों ने कहा कि शादियों के मौसम की मांग से कीमतें बढ़ी हैं। विदेशी बाजारों में भी तेजी रही।",
        "प्रेम अजय",  # the desk's names under wire copy
    ])
    assert labels_of(text)[-1] == "byline"
    column = "\n".join([
        "हुगली के घाटों को हम सिर्फ त्योहारों पर क्यों याद करते हैं",
        "डॉ. सुनीता पाण्डेय",
        "लेखिका कोलकाता के एक महाविद्यालय में पर्यावरण विज्ञान की प्राध्यापक हैं।",
        "छठ पर्व के अगले दिन सुबह बाबूघाट पर जो दृश्य था, वह हर साल का है। घाटों पर पूजा सामग्री बिखरी पड़ी थी।",
    ])
    assert labels_of(column)[1:3] == ["byline", "byline"]



def test_a_print_editions_story_goes_on_after_its_jump_to_another_page() -> None:
    text = "\n".join([
        "यमुना किनारे बनेंगे 14 नए घाट, छठ से पहले पूरा होगा काम",
        "नई दिल्ली, 13 मार्च (वीर अर्जुन संवाददाता)। डीडीए यमुना किनारे 14 नए घाट बनाएगा। इसके लिए निविदा जारी हो गई है।",
        "परियोजना पर करीब 38 करोड़ रुपये खर्च होंगे और काम छह महीने में पूरा करने का लक्ष्य रखा गया है।",
        "शेष पेज 5 पर",
        "मेट्रो के चौथे चरण का मजलिस पार्क कॉरिडोर जून तक",
        "दिल्ली मेट्रो ने कहा कि चौथे चरण के पहले कॉरिडोर पर ट्रायल अगले महीने शुरू होगा। यात्रियों को राहत मिलेगी।",
        "यमुना किनारे बनेंगे 14 नए घाट",
        "पेज 1 का शेष",
        "अधिकारी के मुताबिक घाटों के पास पार्किंग और शौचालय भी बनाए जाएंगे। सुरक्षा के लिए सीसीटीवी कैमरे लगेंगे।",
    ])
    assert labels_of(text) == [
        "headline", "body", "body", "boilerplate:navigation", "boilerplate:related", "boilerplate:related",
        "boilerplate:ui", "boilerplate:navigation", "body",
    ]


def test_a_jump_to_a_page_the_text_lacks_ends_the_story() -> None:
    text = "\n".join([
        "यमुना किनारे बनेंगे 14 नए घाट, छठ से पहले पूरा होगा काम",
        "नई दिल्ली, 13 मार्च। डीडीए यमुना किनारे 14 नए घाट बनाएगा। इसके लिए निविदा जारी हो गई है।",
        "शेष पेज 5 पर",
        "संक्षेप में",
        "सड़क हादसे में बाइक सवार घायल",
        "भाटपाररानी, 13 मार्च। बनकटा मार्ग पर बाइक फिसलने से एक युवक घायल हो गया। उसे अस्पताल भेजा गया।",
    ])
    labels = labels_of(text)
    assert labels[2] == "boilerplate:navigation"
    assert "body" not in labels[3:] and "subhead" not in labels[3:]


def test_a_breadcrumb_split_one_crumb_a_line_ends_in_a_copy_of_the_headline() -> None:
    title = "अम्बाला छावनी में रेलवे अंडरपास का काम 31 मार्च तक पूरा करने के निर्देश"
    text = "\n".join([
        "होम", "»", "अम्बाला", "»", title,
        "",
        title,
        "द्वारा: दैनिक उजाला ब्यूरो",
        "अम्बाला छावनी, 12 जनवरी (उजाला ब्यूरो) : रेलवे अंडरपास का काम 31 मार्च तक पूरा करने के निर्देश दिए गए हैं। "
        "उपायुक्त ने अधिकारियों के साथ बैठक की।",
    ])
    labels = labels_of(text)
    assert labels[:5] == ["boilerplate:tags"] * 4 + ["boilerplate:ui"]
    assert labels[6] == "headline"


def test_a_sites_name_next_to_its_clock_is_the_page_header_not_a_byline() -> None:
    text = "\n".join([
        "शनिवार, 15 फ़रवरी 2025",
        "Kota Live Times",
        "होम  कोटा  राजस्थान  देश  खेल",
        "",
        "कोचिंग छात्रों के लिए नई गाइडलाइन, हॉस्टल में हर मंजिल पर होगा काउंसलर",
        "कोटा, 15 फ़रवरी। जिला प्रशासन ने कोचिंग छात्रों के लिए नई गाइडलाइन जारी की है। सभी हॉस्टलों को इसका पालन करना होगा।",
    ])
    assert labels_of(text)[1] != "byline"


def test_a_long_headline_that_ends_no_sentence_is_the_headline() -> None:
    text = "\n".join([
        "ब्रेकिंग न्यूज़",
        "चंबल रिवरफ्रंट पर शनिवार को लगेगा हस्तशिल्प मेला, 40 स्टॉल होंगे",
        "कोटा जंक्शन पर प्लेटफॉर्म चार की मरम्मत के चलते दो ट्रेनें बदले रूट से",
        "",
        "होम » कोटा » शिक्षा",
        "",
        "कोचिंग छात्रों के लिए नई गाइडलाइन लागू: 16 साल से कम उम्र वालों का दाखिला नहीं, "
        "हॉस्टल के नियम भी बदले; जानिए 6 सवालों में सब कुछ",
        "By रोहित मेहता",
        "Published: 15 फ़रवरी 2025, 11:42 AM",
        "कोटा, 15 फ़रवरी। जिला प्रशासन ने कोचिंग छात्रों के लिए नई गाइडलाइन जारी की है। सभी संस्थानों को इसका पालन करना होगा।",
    ])
    assert labels_of(text)[6] == "headline"
