from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hindinews import sentences
from hindinews.sentences import sentence_spans, split_sentences

_ALPHABET = "कखगजडनपमरसहअआईएउािीुेोंँ़्।॥?!.…,;:'\"“”‘’»()[]0123456789१ \t\n\u00a0\u2009MrDaeS"
hindi_like = st.text(alphabet=_ALPHABET, max_size=80)
any_text = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=40)


def test_closing_quote_stays_with_its_sentence() -> None:
    from indicnlp.tokenize import sentence_tokenize

    text = "उसने कहा, “हाँ।” 3.5 करोड़ रुपये मिले।"
    # The fault being fixed: indic-nlp starts the next sentence with the quote.
    assert sentence_tokenize.sentence_split(text, lang="hi")[1].startswith("”")
    assert split_sentences(text) == ["उसने कहा, “हाँ।”", "3.5 करोड़ रुपये मिले।"]


def test_straight_quotes_after_danda() -> None:
    text = (
        "इक्रा में मुख्य अर्थशास्त्री अदिति नैयर ने कहा, 'घाटा बढऩे की मुख्य वजह कच्चे तेल के आयात में"
        " बढ़ोतरी है।' जो नवंबर में 11.2 अरब डॉलर था। यह बंद होना चाहिए।'' उक्त बातें संगठन सचिव ने कहीं।"
    )
    assert split_sentences(text) == [
        "इक्रा में मुख्य अर्थशास्त्री अदिति नैयर ने कहा, 'घाटा बढऩे की मुख्य वजह कच्चे तेल के आयात में बढ़ोतरी है।'",
        "जो नवंबर में 11.2 अरब डॉलर था।",
        "यह बंद होना चाहिए।''",
        "उक्त बातें संगठन सचिव ने कहीं।",
    ]
    # A quote glued to the next word opens that sentence.
    assert split_sentences('उसने कहा।"चलो" और चला गया।') == ["उसने कहा।", '"चलो" और चला गया।']


def test_quoted_sentence_followed_by_comma_continues() -> None:
    assert split_sentences("“हाँ, मैं आऊंगा।”, उसने कहा। फिर वह चला गया।") == [
        "“हाँ, मैं आऊंगा।”, उसने कहा।",
        "फिर वह चला गया।",
    ]


def test_full_stop_after_devanagari_ends_sentence() -> None:
    assert split_sentences("पाकिस्तान की यह पुरानी फितरत है. हार को जीत बतलाना") == [
        "पाकिस्तान की यह पुरानी फितरत है.",
        "हार को जीत बतलाना",
    ]
    # Also when the same text uses dandas elsewhere (indic-nlp then ignores ".").
    mixed = "वर्ष 1984 में बहुजन समाज पार्टी की स्थापना हुई. उनका रसूख बढ़ता गया। अब जांच बैठ चुकी है."
    assert split_sentences(mixed) == [
        "वर्ष 1984 में बहुजन समाज पार्टी की स्थापना हुई.",
        "उनका रसूख बढ़ता गया।",
        "अब जांच बैठ चुकी है.",
    ]


def test_honorific_abbreviations_and_initials() -> None:
    text = "(दाएं से) प्रो. कुमार रत्नम, प्रो. अरविंद जामखेड़कर, प्रो. एस.एस.सारंगदेवोत, डॉ. बाल मुकुंद पांडेय एवं प्रो. के.एस. गुप्ता"
    assert split_sentences(text) == [text]
    assert split_sentences("श्री. राम और कु. सीता आईं. सं. रमेश ने पृ. 12 पर लिखा।") == [
        "श्री. राम और कु. सीता आईं.",
        "सं. रमेश ने पृ. 12 पर लिखा।",
    ]


def test_adi_etc_ends_a_sentence() -> None:
    assert split_sentences("बाजार में फल, सब्जी आदि. बाकी सब महंगा है।") == [
        "बाजार में फल, सब्जी आदि.",
        "बाकी सब महंगा है।",
    ]


def test_dotted_acronyms() -> None:
    text = "वर्ष 2019 के मई माह में सी.बी.आई. ने सात अभियुक्तों के खिलाफ नामजद एफ.आई.आर. दर्ज की. आरोप है कि चीनी मिलों को बेचा गया."
    assert split_sentences(text) == [
        "वर्ष 2019 के मई माह में सी.बी.आई. ने सात अभियुक्तों के खिलाफ नामजद एफ.आई.आर. दर्ज की.",
        "आरोप है कि चीनी मिलों को बेचा गया.",
    ]
    bank = "नई दिल्लीः आई.सी.आई.सी.आई. बैंक की सीईओ चंदा कोचर की मुश्किलें कम होने का नाम नहीं ले रही हैं।"
    assert split_sentences(bank) == [bank]


def test_units_decimals_and_times() -> None:
    text = "शिकारियों ने रेंज आफिस से महज 2 किमी. दूर गन्ने के खेत को चुना। वहां 12.30 बजे 5 कि.मी. चले. फिर लौटे।"
    assert split_sentences(text) == [
        "शिकारियों ने रेंज आफिस से महज 2 किमी. दूर गन्ने के खेत को चुना।",
        "वहां 12.30 बजे 5 कि.मी. चले.",
        "फिर लौटे।",
    ]


def test_numbered_list_items_do_not_split() -> None:
    assert split_sentences("आवेदन की प्रक्रिया: 1. रजिस्ट्रेशन 2. भुगतान 3. सत्यापन") == [
        "आवेदन की प्रक्रिया: 1. रजिस्ट्रेशन 2. भुगतान 3. सत्यापन"
    ]
    assert split_sentences("दस्तावेज़ जमा करें.\n2. भुगतान करें.") == ["दस्तावेज़ जमा करें.", "2. भुगतान करें."]


def test_terminator_after_number_ends_sentence() -> None:
    # indic-nlp does not cut after a digit.
    assert split_sentences("सरकार ने धारा 370। अब नया कानून लागू है।") == [
        "सरकार ने धारा 370।",
        "अब नया कानून लागू है।",
    ]


def test_english_abbreviations() -> None:
    assert split_sentences("Mr. Modi met Dr. Singh. Then they left.") == [
        "Mr. Modi met Dr. Singh.",
        "Then they left.",
    ]
    assert split_sentences("फल, सब्ज़ी etc. are cheap. बाकी महंगा है।") == [
        "फल, सब्ज़ी etc. are cheap.",
        "बाकी महंगा है।",
    ]


def test_ellipsis() -> None:
    # Ends a sentence only before white space and a Devanagari or capital letter.
    teaser = "मैं नियमित रूप से योग करता हूं और सकारात्मक...... Read more"
    assert split_sentences(teaser) == ["मैं नियमित रूप से योग करता हूं और सकारात्मक......", "Read more"]
    assert split_sentences("और फिर… वह चला गया") == ["और फिर…", "वह चला गया"]
    assert split_sentences("इंकलाब जिंदाबाद...जिंदाबाद... and more") == ["इंकलाब जिंदाबाद...जिंदाबाद... and more"]
    assert split_sentences("सब ठीक होगा।... Read more") == ["सब ठीक होगा।...", "Read more"]


def test_other_terminators() -> None:
    assert split_sentences("PM Kisan Samman Yojana: बड़ी खबर! इन किसानों को नहीं मिलेगी किस्त? जानिए॥ अगला") == [
        "PM Kisan Samman Yojana: बड़ी खबर!",
        "इन किसानों को नहीं मिलेगी किस्त?",
        "जानिए॥",
        "अगला",
    ]
    assert split_sentences("क्या?! हाँ।अगला वाक्य") == ["क्या?!", "हाँ।", "अगला वाक्य"]


def test_blank_line_ends_sentence_single_newline_does_not() -> None:
    text = "मायावती ने दिया पदाधिकारियों को टारगेट\n\nलखनऊ: गुरुवार को बसपा कार्यालय में\nबैठक हुई।"
    assert split_sentences(text) == [
        "मायावती ने दिया पदाधिकारियों को टारगेट",
        "लखनऊ: गुरुवार को बसपा कार्यालय में\nबैठक हुई।",
    ]


def test_spans_are_exact_offsets() -> None:
    text = "\u00a0 नई दिल्लीः बैठक हुई।   “हाँ।”\n\tअगला है. "
    assert sentence_spans(text) == [(2, 22), (25, 31), (33, 41)]
    assert [text[s:e] for s, e in sentence_spans(text)] == ["नई दिल्लीः बैठक हुई।", "“हाँ।”", "अगला है."]


@pytest.mark.parametrize("text", ["", " ", "\n\n\t\u00a0 "])
def test_blank_text_has_no_sentences(text: str) -> None:
    assert sentence_spans(text) == []
    assert split_sentences(text) == []


def test_indic_output_is_mapped_to_exact_offsets() -> None:
    text = "  पहला वाक्य।\n\n दूसरा  वाक्य?\u00a0तीसरा"
    cuts, mapped = sentences._indic_cut_points(text)
    assert cuts == {text.index("।") + 1, text.index("?") + 1, len(text)}
    assert mapped == len(text)


@pytest.mark.parametrize("broken", [lambda text: ["कुछ और।"], lambda text: [*text.split("।")], lambda text: 1 / 0])
def test_falls_back_when_indic_output_cannot_be_mapped(monkeypatch: pytest.MonkeyPatch, broken: object) -> None:
    text = "पहला वाक्य। “दूसरा वाक्य।” तीसरा वाक्य है. चौथा 370।"
    expected = split_sentences(text)
    assert len(expected) == 4
    is_abbreviation = sentences._indic()[1]
    monkeypatch.setattr(sentences, "_indic", lambda: (broken, is_abbreviation))
    assert split_sentences(text) == expected


@pytest.mark.parametrize("unit", ["क. ", "क.", ". ", "है। ", "डॉ. ", "'।' ", "… ", "\n \n", "1. "])
def test_linear_time_on_adversarial_input(unit: str) -> None:
    text = unit * 20_000
    begin = time.perf_counter()
    spans = sentence_spans(text)
    assert time.perf_counter() - begin < 3.0
    assert all(text[s:e].strip() for s, e in spans)


def _check_spans(text: str) -> None:
    spans = sentence_spans(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert not piece[0].isspace() and not piece[-1].isspace()
        assert text[previous_end:start].isspace() or previous_end == start
        previous_end = end
    assert text[previous_end:].isspace() or previous_end == len(text)
    assert split_sentences(text) == [text[s:e] for s, e in spans]
    assert sentence_spans(text) == spans


@settings(max_examples=300, deadline=None)
@given(hindi_like)
def test_span_properties_on_hindi_like_text(text: str) -> None:
    _check_spans(text)


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_span_properties_on_any_text(text: str) -> None:
    _check_spans(text)
