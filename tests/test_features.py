from __future__ import annotations

import pytest

from hindinews import features, lexicon, reload_lexicon
from hindinews.features import fold, line_features


def test_fold_ignores_case_nukta_and_edge_punctuation() -> None:
    assert fold("  ये भी पढ़ें:- ") == fold("ये भी पढें")
    assert fold("SHARE This Article!") == "share this article"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Share this article", "share"),
        ("शेयर करें", "share"),
        ("Latest Videos", "video"),
        ("ये भी पढ़ें- Aadhaar Card को लेकर UIDAI ने दिया बड़ा अपडेट", "related"),
        ("यह भी पढ़ें: बाढ़ से निपटने के लिए कमेटी बनी", "related"),
        ("विज्ञापन", "ad"),
        ("Advertisement", "ad"),
        ("Google News पर फॉलो करें", "social"),
        ("ऐप डाउनलोड करें", "app"),
        ("Tags: Delhi Pollution, AQI", "tags"),
        ("Keyword: export, import, textiles,,", "tags"),
        ("© 2022 Example Media. All rights reserved", "copyright"),
        ("डिस्क्लेमर: इस लेख में दी गई जानकारी सामान्य मान्यताओं पर आधारित है।", "disclaimer"),
        ("NEXT STORY", "navigation"),
        ("कमेंट करें", "comments"),
        ("खास बातें", "ui"),
        ("शेयर करें: Facebook | Twitter | WhatsApp", "share"),
        ("Share: Facebook  X  WhatsApp", "share"),
        ("Click to comment", "comments"),
        ("अपनी प्रतिक्रिया दें", "comments"),
        ("Share This: Facebook Twitter Whatsapp", "share"),
        ("Trending Photos", "related"),
        ("टिप्पणी भेजें", "comments"),
        ("इसे भी पढ़ेंः बुंदेलखंड में तालाबों को बचाने की मुहिम", "related"),  # a visarga typed for the colon
        ("अगली कहानी", "navigation"),
        ("Next Post", "navigation"),
        ("Exit mobile version", "navigation"),
        ("Newer Post Older Post Home", "navigation"),  # a Blogger page's footer
        ("Labels: गंगा, बाढ़, वाराणसी", "tags"),
        ("लोकप्रिय पोस्ट", "related"),
        ("TRENDING TAGS :", "tags"),
        ("(ये लेखक के निजी विचार हैं)", "disclaimer"),
        ("(यह खबर सिंडिकेट फीड से ली गई है। हमने शीर्षक के अलावा इसमें कोई बदलाव नहीं किया है।)", "disclaimer"),
        ("यह खबर एजेंसी की फीड के साथ बिना किसी संशोधन के प्रकाशित की गई है. इस पर हमारी कोई संपादकीय जिम्मेदारी नहीं है.",
         "disclaimer"),
        ("Share on Facebook", "share"),
        ("Share on Facebook Share on Twitter Share on WhatsApp", "share"),
        ("Advertisment", "ad"),  # misspelt, as some sites print it
        ("Google Play | App Store", "app"),
        ("Post navigation", "navigation"),
        ("Read the Next Article", "navigation"),
        ("वोट करें", "ui"),
        ("सभी राशियां देखें", "ui"),
        ("Share your comments", "comments"),
        ("एमपी तक को फॉलो करें", "social"),
        ("2 / 5", "ui"),  # a gallery's counter
        ("कोई टिप्पणी नहीं", "comments"),
        ("शेयर करें  Facebook  Twitter  WhatsApp  कॉपी लिंक", "share"),  # not a menu row
        ("पुरानी खबरें", "related"),
        ("आज का सवाल", "ui"),
        ("Web Stories", "related"),  # slideshows are stories, not videos
        ("नई पोस्ट पुरानी पोस्ट मुख्यपृष्ठ", "navigation"),  # Blogger's Hindi interface
        ("लेबल: छत्तीसगढ़, धान खरीदी", "tags"),
        ("एक टिप्पणी भेजें", "comments"),
        ("Zoom In", "ui"),  # an e-paper viewer's button
        ("Email *", "comments"),  # a comment form's required field, not a share button
        ("← पिछली खबर", "navigation"),
        ("एक जवाब दें", "comments"),  # WordPress's "Leave a Reply" in Hindi
        ("Google Play पर उपलब्ध", "app"),
        ("You may have missed", "related"),
        ("स्वामी, मुद्रक एवं प्रकाशक राम कुमार द्वारा मुद्रित", "copyright"),  # the printer's line
        ("View Results", "ui"),
        ("Designed & Developed by WebTech Bikaner", "navigation"),
        ("अपने व्यवसाय का विज्ञापन देने के लिए संपर्क करें", "ad"),
        ("/sootr/media/media_files/2025/03/18/protest-bhopal.jpg)", "ui"),  # an image's path left as text
    ],
)
def test_widget_labels_and_markers(line: str, kind: str) -> None:
    assert line_features(line).marker_kind == kind


@pytest.mark.parametrize(
    "line",
    ["share market news", "Share Market LIVE: सेंसेक्स 500 अंक चढ़ा", "शेयर करें और बाजार में गिरावट के बीच मुनाफा कमाएं"],
)
def test_share_opening_a_title_is_no_share_bar(line: str) -> None:
    assert line_features(line).marker_kind != "share"


def test_an_ordinary_verb_is_not_a_marker() -> None:
    sentence = "पढ़ें और समझें कि सरकार ने इस योजना में क्या बदलाव किए हैं और किसानों को इससे क्या फायदा होगा"
    assert line_features(sentence).marker_kind is None


def test_prose_versus_title() -> None:
    prose = line_features("गुरुवार को बसपा कार्यालय में बड़ी बैठक रखी गई थी। इस दौरान मायावती ने निर्देश दिए हैं।")
    title = line_features("जमीन मजबूत करने में जुटी बसपा")
    assert prose.prose and not prose.title_shape
    assert title.title_shape and not title.prose


def test_abbreviations_do_not_end_sentences() -> None:
    caption = line_features("संगोष्ठी को संबोधित करते डॉ. सुधांशु त्रिवेदी। मंच पर उपस्थित अन्य विशिष्टजन")
    assert caption.terminals == 1 and not caption.prose


def test_a_title_with_danda_separators_is_not_prose() -> None:
    video = line_features("राजस्थान में बोरवेल में गिरी 3 साल की मासूम, रेस्क्यू ऑपरेशन जारी । Kotputli Borewell News । Chetna")
    assert not video.prose


def test_dates_times_and_breadcrumbs() -> None:
    assert line_features("Updated: 09 Apr, 2018 11:26 AM").meta_cue
    assert line_features("4 घंटे पहले").relative_time
    stamp = line_features("Aug 2, 2021, 05:18 PM IST")
    assert stamp.has_date and stamp.has_time
    assert line_features("होम / राज्य / उत्तर प्रदेश").breadcrumb
    assert line_features("Home > National News").breadcrumb
    assert not line_features("उन्होंने कहा / सुना / देखा कि सब ठीक है।").breadcrumb


def test_bylines_and_credits() -> None:
    assert line_features("Edited By jyoti choudhary,").byline_cue
    assert line_features("Reported by: अखिलेश शर्मा, Edited by: प्रियंका").byline_cue
    assert line_features("न्यूज डेस्क, अमर उजाला, लखनऊ").credit
    assert line_features("Article published by अनुराग मिश्र").byline_cue
    assert line_features("Location : Jaipur, Rajasthan").meta_cue


@pytest.mark.parametrize(
    "line",
    [
        "पइन की गाद निकालते ग्रामीण। तस्वीर- सौरभ कुमार/मोंगाबे",
        "मंच पर मुख्यमंत्री (फोटो साभार: सोशल मीडिया)",
    ],
)
def test_photo_credits_are_caption_cues(line: str) -> None:
    assert line_features(line).caption_cue


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("हिंदी न्यूज़ के लिए हमारे साथ फेसबुक, ट्विटर, लिंक्डइन, टेलीग्राम पर जुड़ें", "social"),
        ("Google News पर पत्रिका को फॉलो करें", "social"),
        ("डाउनलोड करें Hindi News App", "app"),
        ("Download ABP Live App and get the latest news", "app"),
        ("Get the latest news on the Sandhya Prakash app", "app"),
        ("रोजाना न्यूज चिट्ठी पाने के लिए अपना ईमेल आईडी बताएं !", "newsletter"),
        ("मुख्यमंत्री ने फेसबुक पर लोगों से जुड़ने की अपील की है।", None),
        ("उन्होंने लोगों से ट्विटर पर फॉलो करने को कहा।", None),
    ],
)
def test_a_prompt_is_an_action_and_its_object(line: str, kind: str | None) -> None:
    assert line_features(line).marker_kind == kind


def test_a_cue_written_with_a_leading_space_starts_a_word() -> None:
    assert line_features("PunjabKesari TV").video_cue
    assert not line_features("CCTV में कैद हुई वारदात").video_cue


def test_nasal_spellings_fold_alike() -> None:
    assert fold("सम्बन्धित जानकारी") == fold("संबंधित जानकारी")
    assert line_features("सम्बंधित जानकारी").is_list_marker
    assert fold("जन्म") == "जन्म"  # a nasal before a consonant of another class stays


@pytest.mark.parametrize(
    ("line", "crumb"),
    [
        ("Hindi News/Local/Rajasthan/Jaipur/Bisalpur Main Pipeline Burst On Tonk Road", True),
        ("Hindi News / Rajasthan / Jaipur / JDA Action: आगरा रोड पर तीन अवैध कॉलोनियों पर चला बुलडोजर", True),
        ("12/03/2024", False),
        # a short trail from the home page that ends with the story's own (cut) title
        ("होम » दिल्ली » गर्मी से पहले जल बोर्ड की तैयारी...", True),
        ("दिल्ली » गर्मी से पहले जल बोर्ड की तैयारी: बाहरी दिल्ली में 12 नए पंप", False),
    ],
)
def test_breadcrumb_trails(line: str, crumb: bool) -> None:
    assert line_features(line).breadcrumb is crumb


@pytest.mark.parametrize(
    ("line", "menu"),
    [
        ("होम  देश  विदेश  राज्य  चुनाव  मनोरंजन  खेल  वीडियो", True),
        ("« Prev  1  2  3  4  5  ...  Next »", True),
        ("About Us\tPrivacy Policy\tContact Us", True),
        ("बैठक में  सभी नेता  शामिल हुए।", False),
        # Single spaces too, when the items are the sections and links sites list (labels.md's example).
        ("होम देश विदेश मनोरंजन", True),
        ("About Us Contact Us Privacy Policy Terms & Conditions Sitemap RSS", True),
        ("« पिछला 1 2 3 4 5 ... 1248 अगला »", True),
        ("देश विदेश की खबरें पढ़ें", False),
        ("देश में मनोरंजन और खेल का बजट बढ़ा", False),
    ],
)
def test_a_menu_flattened_onto_one_line(line: str, menu: bool) -> None:
    assert line_features(line).separators is menu


@pytest.mark.parametrize(
    ("line", "kind", "list_kind"),
    [
        ("Related Tags", "tags", "tags"),
        ("TAGGED:", "tags", "tags"),
        ("डीडब्ल्यू की टॉप स्टोरी", "related", "related"),  # a site's own widget
        ("आजतक के वीडियो", "video", "video"),
        ("HW News Videos", "video", "video"),  # a site's own video rail
        ("मोदी के वीडियोज", "video", "video"),
        ("बाढ़ के बीच फंसे लोगों को निकालने के वीडियोज", None, None),
        ("प्रधानमंत्री की टॉप स्टोरी पर चर्चा हुई और फैसला लिया गया", None, None),  # too long to be a label
    ],
)
def test_list_markers_no_widget_table_names(line: str, kind: str | None, list_kind: str | None) -> None:
    f = line_features(line)
    assert (f.marker_kind, f.list_kind) == (kind, list_kind)


@pytest.mark.parametrize(
    ("line", "platforms", "kind"),
    [
        ("Twitter Facebook WhatsApp Email", True, "share"),
        ("X (Twitter)", True, "share"),
        ("Facebook  Twitter  Instagram  YouTube", True, "share"),
        ("Google News", True, None),  # one name: a label only under a follow prompt
        ("Facebook पर पोस्ट वायरल", False, None),
    ],
)
def test_rows_of_platform_names(line: str, platforms: bool, kind: str | None) -> None:
    f = line_features(line)
    assert (f.platforms, f.marker_kind) == (platforms, kind)


def test_a_prompt_wins_over_a_click_here_link() -> None:
    f = line_features("बीबीसी हिंदी के व्हॉट्सऐप चैनल से जुड़ने के लिए यहां क्लिक करें.")
    assert f.marker_kind == "social"
    assert line_features("पूरी खबर पढ़ने के लिए यहां क्लिक करें").marker_kind == "related"


@pytest.mark.parametrize(("line", "ends"), [
    ("ट्रैक पर ये सुविधाएं मिलेंगी:", True),
    ("अगले हफ्ते फैसला होगा", True),
    ("सभी दल बैठक में शामिल होंगे", True),
    ("बाजार से आगे", False),
])
def test_a_future_tense_verb_ends_a_clause(line: str, ends: bool) -> None:
    assert line_features(line).ends_clause is ends


def test_a_weak_label_with_a_separator_opens_a_link() -> None:
    link = (
        "Read More: Raipur Crime News: राजधानी में ऑनलाइन ठगी का बड़ा खुलासा, "
        "झारखंड से पकड़े गए तीन आरोपी, पुलिस ने बरामद किए मोबाइल"
    )
    assert line_features(link).marker_kind == "related"
    assert line_features("पढ़ें और समझें कि सरकार ने इस बार बजट में किसानों के लिए क्या घोषणाएं की हैं").marker_kind is None


def test_a_sections_more_news_is_a_related_list() -> None:
    f = line_features("विचार से और ख़बरें")
    assert (f.marker_kind, f.list_kind) == ("related", "related")


@pytest.mark.parametrize(
    ("line", "cue"),
    [("रिपोर्ट: अमित कुमार", True), ("रिपोर्ट", True), ("रिपोर्ट की प्रमुख बातें", False)],
)
def test_a_byline_cue_before_a_postposition_is_a_noun(line: str, cue: bool) -> None:
    assert line_features(line).byline_cue is cue


def test_a_row_of_market_figures_is_no_menu() -> None:
    figures = "सेंसेक्स: 74,886.15 (-612.40, -0.81%) | निफ्टी: 22,704.90 (-187.35, -0.82%) | निफ्टी बैंक: 48,215.60"
    assert not line_features(figures).separators
    assert line_features("Trending: IPL 2024 | Lok Sabha Election 2024 | Gold Rate Today | Weather Update").separators


def test_a_count_of_comments_opens_their_list() -> None:
    f = line_features("2 टिप्पणियां")
    assert (f.marker_kind, f.list_kind) == ("comments", "comments")


def test_a_short_line_is_read_once_and_a_paragraph_every_time() -> None:
    furniture = "Share this article"
    assert line_features(furniture) is line_features(furniture)
    paragraph = "लखनऊ: गुरुवार को बसपा कार्यालय में बैठक हुई और सभी नेता आए। " * 4
    assert len(paragraph) > features.MEMO_MAX_CHARS
    assert line_features(paragraph) is not line_features(paragraph)
    assert line_features(paragraph) == line_features(paragraph)


def test_the_memo_forgets_what_the_old_lexicon_said() -> None:
    prompt = "हमारे टेलीग्राम समूह में आइए"
    assert line_features(prompt).marker_kind is None
    lexicon.WIDGET_LINES["social"] += (prompt,)
    try:
        reload_lexicon()
        assert line_features(prompt).marker_kind == "social"
    finally:
        lexicon.WIDGET_LINES["social"] = lexicon.WIDGET_LINES["social"][:-1]
        reload_lexicon()
    assert line_features(prompt).marker_kind is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("हमारे WhatsApp चैनल से जुड़ें", "social"),
        ("टेलीमेडिसिन से जुड़ेंगे सभी केंद्र", None),  # a story's future verb, not a prompt
    ],
)
def test_a_widget_phrase_inside_a_line_is_whole_words(line: str, kind: str | None) -> None:
    assert line_features(line).marker_kind == kind


@pytest.mark.parametrize(("line", "marker"), [("यूपी तक वीडियो", True), ("Zee News Video", True), ("12/03", False)])
def test_a_sites_own_video_rail_and_what_is_no_counter(line: str, marker: bool) -> None:
    f = line_features(line)
    assert (f.marker_kind == "video" and f.is_list_marker) is marker
    assert f.marker_kind != "ui"


def test_a_photograph_credit_is_a_caption_cue() -> None:
    assert line_features("Photograph: (the sootr)").caption_cue


def test_hinglish_held_together_by_hindi_function_words_is_prose() -> None:
    hinglish = ("Portal पर registration पूरी तरह online होगा। Applicants को अपने documents की scanned copy "
                "upload करनी होगी और इसके बाद उन्हें एक confirmation mail मिलेगा।")
    assert line_features(hinglish).prose
    english = "Get the latest news updates and live scores on the app, download it today from the store."
    assert not line_features(english).prose


def test_a_listings_news_id_is_meta() -> None:
    assert line_features("News ID: 48213").meta_cue
