from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hindinews import find_dateline
from hindinews.dateline import is_dateline_only, standalone_dateline

# The forms of labels.md's dateline table, and others Hindi desks write.
CASES = [
    ("लखनऊ: गुरुवार को बैठक हुई।", "लखनऊ:", "लखनऊ", None, None),
    ("नई दिल्ली, 12 अगस्त (भाषा)। सरकार ने कहा।", "नई दिल्ली, 12 अगस्त (भाषा)।", "नई दिल्ली", "12 अगस्त", "भाषा"),
    ("पटना। बिहार में बारिश हुई।", "पटना।", "पटना", None, None),
    ("मुंबई (एजेंसी): शेयर बाजार चढ़ा।", "मुंबई (एजेंसी):", "मुंबई", None, "एजेंसी"),
    ("वाराणसी, जागरण संवाददाता। शहर में जाम लगा।", "वाराणसी, जागरण संवाददाता।", "वाराणसी", None, "जागरण संवाददाता"),
    ("चंडीगढ़(रश्मि) : पंजाब यूनिवर्सिटी में", "चंडीगढ़(रश्मि) :", "चंडीगढ़", None, "रश्मि"),
    ("बीजापुर/भोपालपटनम, 20 जुलाई। नक्सलियों ने", "बीजापुर/भोपालपटनम, 20 जुलाई।", "बीजापुर/भोपालपटनम", "20 जुलाई", None),
    ("डेस्क- आज की बड़ी खबरें", "डेस्क-", None, None, "डेस्क"),
    ("Lucknow: The meeting", "Lucknow:", "Lucknow", None, None),
    ("नई दिल्लीः आतंकवाद की पनाहगाह", "नई दिल्लीः", "नई दिल्ली", None, None),
    ("जगदलपुर :\u00a0भाजपा ने दो बार", "जगदलपुर :", "जगदलपुर", None, None),
    ("कोलकाता, 5 मार्च (आईएएनएस)- राज्य में", "कोलकाता, 5 मार्च (आईएएनएस)-", "कोलकाता", "5 मार्च", "आईएएनएस"),
    # Wire copy (UNI's वार्ता) puts no separator after the bracketed agency.
    ("नयी दिल्ली, 12 अगस्त (वार्ता) केंद्र सरकार ने", "नयी दिल्ली, 12 अगस्त (वार्ता)", "नयी दिल्ली", "12 अगस्त", "वार्ता"),
    ("बरेली (उप्र): शहर में आज", "बरेली (उप्र):", "बरेली", None, None),
    ("श्रीनगर (वार्ता) घाटी में", None, None, None, None),  # no date, no separator: not a prefix
    # The credit before the place, as Jagran and Naidunia write it.
    ("जागरण संवाददाता, वाराणसी। गंगा का जलस्तर घटा।", "जागरण संवाददाता, वाराणसी।", "वाराणसी", None, "जागरण संवाददाता"),
    ("नईदुनिया प्रतिनिधि, इंदौर। अस्पताल में", "नईदुनिया प्रतिनिधि, इंदौर।", "इंदौर", None, "नईदुनिया प्रतिनिधि"),
    ("संवाद सहयोगी, हिलसा (नालंदा)। मुख्यमंत्री ने", "संवाद सहयोगी, हिलसा (नालंदा)।", "हिलसा", None, "संवाद सहयोगी"),
    ("राम ने कहा, दिल्ली: सब ठीक है", None, None, None, None),  # "राम ने कहा" credits no one
    ("पटना, हिन्दुस्तान टीम। राजधानी में", "पटना, हिन्दुस्तान टीम।", "पटना", None, "हिन्दुस्तान टीम"),
    ("भोपाल, (ब्यूरो)। प्रदेश में", "भोपाल, (ब्यूरो)।", "भोपाल", None, "ब्यूरो"),
    # Wire copy may leave out the comma before the date; only its bracketed agency makes that a dateline.
    ("नयी दिल्ली 12 मार्च (वार्ता) केंद्र ने", "नयी दिल्ली 12 मार्च (वार्ता)", "नयी दिल्ली", "12 मार्च", "वार्ता"),
    ("मोदी 12 मार्च। को", None, None, None, None),
    # A reporter named after a known place, or a desk followed by a comma.
    ("जबलपुर, संदीप कुमार। शहर में", "जबलपुर, संदीप कुमार।", "जबलपुर", None, "संदीप कुमार"),
    ("दिल्ली, मुंबई। दोनों शहरों में", None, None, None, None),
    ("लखनऊ, सोमवार। आज", None, None, None, None),
    ("बिज़नेस न्यूज़ डेस्क, सोने के दाम", "बिज़नेस न्यूज़ डेस्क,", None, None, "बिज़नेस न्यूज़ डेस्क"),
    ("नीलेश तिवारी, रायपुर। राजधानी में", "नीलेश तिवारी, रायपुर।", "रायपुर", None, "नीलेश तिवारी"),
    # A full stop ends a dateline only after a known place ("डॉ." ends an abbreviation).
    ("पटना. आज बिहार में", "पटना.", "पटना", None, None),
    ("डॉ. राम ने कहा", None, None, None, None),
    # A scraper may lose the space after the full stop; a place in capitals keeps its own.
    ("BHOPAL.मध्य प्रदेश में शिक्षक भर्ती", "BHOPAL.", "BHOPAL", None, None),
    ("भोपाल.प्रदेश में", "भोपाल.", "भोपाल", None, None),
    ("डॉ.राम ने कहा", None, None, None, None),
    # A network credit: "अमर उजाला नेटवर्क".
    ("लखनऊ, अमर उजाला नेटवर्क। प्रदेश में", "लखनऊ, अमर उजाला नेटवर्क।", "लखनऊ", None, "अमर उजाला नेटवर्क"),
    ("प्रयागराज, जन जागरण टाइम्स संवाददाता। शहर में", "प्रयागराज, जन जागरण टाइम्स संवाददाता।", "प्रयागराज", None,
     "जन जागरण टाइम्स संवाददाता"),
    # A press release ends its dateline with a slash after the date; a slash alone ends none.
    ("धमतरी, 20 नवंबर 2024/ कलेक्टर ने", "धमतरी, 20 नवंबर 2024/", "धमतरी", "20 नवंबर 2024", None),
    ("रायपुर/ बिलासपुर में बारिश", None, None, None, None),
    # A full stop after a date ends the dateline of a place the lexicon lacks, before a space or a no-break space.
    ("पलिया कलां, 13 मार्च. थारू महिलाओं ने", "पलिया कलां, 13 मार्च.", "पलिया कलां", "13 मार्च", None),
    ("करौली, 24 मार्च.\u00a0रविवार तड़के", "करौली, 24 मार्च.", "करौली", "24 मार्च", None),
]


@pytest.mark.parametrize(("paragraph", "text", "place", "date", "agency"), CASES)
def test_dateline_forms(paragraph: str, text: str | None, place: str | None, date: str | None,
                        agency: str | None) -> None:
    found = find_dateline(paragraph)
    if text is None:
        assert found is None
        return
    assert found is not None
    assert (found.text, found.place, found.date, found.agency) == (text, place, date, agency)
    assert paragraph[found.start : found.end] == found.text


@pytest.mark.parametrize(
    "paragraph",
    [
        "लखनऊ में गुरुवार को बसपा की बैठक हुई।",  # a place inside a sentence
        "मायावती ने कहा: सभी कार्यकर्ता जुटें।",  # a speaker, not a place
        "बड़ी खबर: सरकार ने फैसला लिया।",  # a kicker
        "PM Kisan Yojana: किसानों को पैसा मिलेगा।",  # a Latin phrase that is no known place
        "लश्कर-ए-तोयबा फिर से सक्रिय है।",  # a hyphen inside a name
        "मायावती शनैः – शनैः राजनीति में ताकतवर होती गईं।",  # a word ending in visarga, then a dash
        "यह सच है। आगे की बात",
        "10:30 बजे बैठक शुरू हुई।",
        "",
    ],
)
def test_no_dateline(paragraph: str) -> None:
    assert find_dateline(paragraph) is None


def test_offset_shifts_the_span() -> None:
    found = find_dateline("\u00a0श्रीनगर: मध्य कश्मीर", offset=100)
    assert found is not None and (found.start, found.end, found.text) == (101, 109, "श्रीनगर:")


def test_a_dateline_alone_on_its_line() -> None:
    assert is_dateline_only("नई दिल्ली, 18 जुलाई (भाषा)")
    assert is_dateline_only("लखनऊ:")
    assert not is_dateline_only("निष्कर्ष:")  # a subhead, not a place
    alone = standalone_dateline("लखनऊ:")
    assert alone is not None and (alone.text, alone.place) == ("लखनऊ:", "लखनऊ")
    assert not is_dateline_only("नई दिल्ली में आज बारिश")
    found = standalone_dateline("नई दिल्ली, 18 जुलाई (भाषा)", offset=10)
    assert found is not None
    assert (found.text, found.place, found.date, found.agency) == ("नई दिल्ली, 18 जुलाई (भाषा)", "नई दिल्ली",
                                                                    "18 जुलाई", "भाषा")
    assert (found.start, found.end) == (10, 10 + len("नई दिल्ली, 18 जुलाई (भाषा)"))


@given(st.text(alphabet=st.sampled_from([*list("नई दिल्ली, 12 अगस्त(भाषा)।:ः-–/ "), "\xa0"]), max_size=200))
def test_never_raises_and_spans_are_exact(paragraph: str) -> None:
    found = find_dateline(paragraph)
    if found is not None:
        assert paragraph[found.start : found.end] == found.text


@pytest.mark.parametrize("paragraph", ["अतः सरकार ने यह फैसला लिया।", "पुनः विचार किया गया।", "मूलतः यह योजना पुरानी है।"])
def test_an_adverb_ending_in_visarga_is_no_dateline(paragraph: str) -> None:
    assert find_dateline(paragraph) is None


def test_a_photo_credit_in_brackets_is_no_agency() -> None:
    assert not is_dateline_only("दिल्ली मेट्रो (फाइल फोटो)")
    assert find_dateline("दिल्ली मेट्रो (फाइल फोटो) में आज भीड़ रही।") is None


def test_a_known_place_alone_with_a_danda_is_a_dateline_line() -> None:
    assert is_dateline_only("जयपुर।")


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("दिव्य हिमाचल ब्यूरो — शिमला", "शिमला", "दिव्य हिमाचल ब्यूरो"),
        ("स्टाफ रिपोर्टर - शिमला", "शिमला", "स्टाफ रिपोर्टर"),
        ("  निज संवाददाता–पटना।", "पटना", "निज संवाददाता"),
    ],
)
def test_a_credit_a_dash_and_a_place_alone_on_a_line(line: str, place: str, agency: str) -> None:
    found = standalone_dateline(line, 100)
    assert found is not None
    assert (found.place, found.agency, found.text) == (place, agency, line.strip())
    assert found.start == 100 + line.index(line.strip())


@pytest.mark.parametrize("line", ["राम - श्याम", "लखनऊ — शिमला", "सरकार ने कहा - शिमला"])
def test_a_dash_between_words_is_no_credited_dateline(line: str) -> None:
    assert standalone_dateline(line) is None


@pytest.mark.parametrize(
    ("paragraph", "text", "place", "agency"),
    [
        ("(आज समाज), पानीपत: शहर के कपड़ा उद्योग को नई सुविधा मिली।", "(आज समाज), पानीपत:", "पानीपत", "आज समाज"),
        ("Ground Report | सीहोर: जिले के गांवों में हैंडपंप सूख गए।", "Ground Report | सीहोर:", "सीहोर",
         "Ground Report"),
        ("भाषा | सीहोर: जिले में बारिश हुई।", "भाषा | सीहोर:", "सीहोर", "भाषा"),
    ],
)
def test_the_outlet_before_the_place(paragraph: str, text: str, place: str, agency: str) -> None:
    found = find_dateline(paragraph)
    assert found is not None
    assert (found.text, found.place, found.agency) == (text, place, agency)


@pytest.mark.parametrize("paragraph", ["(फाइल फोटो) लखनऊ: आज बैठक हुई।", "शाह | भाजपा: अमित शाह ने कहा कि पार्टी जीतेगी।"])
def test_a_photo_credit_or_a_name_before_a_pipe_is_no_outlet(paragraph: str) -> None:
    found = find_dateline(paragraph)
    assert found is None or found.agency is None


@pytest.mark.parametrize(
    ("paragraph", "text", "place", "agency"),
    [
        ("डिजिटल डेस्क, नागपुर। शहर में आज बारिश हुई।", "डिजिटल डेस्क, नागपुर।", "नागपुर", "डिजिटल डेस्क"),
        ("भोपाल, मध्यप्रदेश। राज्य सरकार ने नई नीति जारी की।", "भोपाल, मध्यप्रदेश।", "भोपाल, मध्यप्रदेश", None),
        ("सीहोर, 12 मार्च। जिले में बारिश हुई।", "सीहोर, 12 मार्च।", "सीहोर", None),
        ("गाजीपुर, 12 सितंबर. जिले में गंगा का कटान तेज हुआ.", "गाजीपुर, 12 सितंबर.", "गाजीपुर", None),
        ("बिज़नेस न्यूज़ डेस्क, सोने के दाम आज बढ़े।", "बिज़नेस न्यूज़ डेस्क,", None, "बिज़नेस न्यूज़ डेस्क"),
    ],
)
def test_a_desk_then_the_place_and_a_place_with_its_state(
    paragraph: str, text: str, place: str | None, agency: str | None
) -> None:
    found = find_dateline(paragraph)
    assert found is not None
    assert (found.text, found.place, found.agency) == (text, place, agency)


@pytest.mark.parametrize("line", ["सोमवार, 06 मार्च 2023", "बुधवार, 13 मार्च 2024 | 09:40 AM"])
def test_a_sites_date_strip_is_no_dateline(line: str) -> None:
    assert find_dateline(line) is None and not is_dateline_only(line)


def test_an_answer_is_no_place() -> None:
    assert find_dateline("उत्तर: हम चाहते हैं कि हर गांव तक सड़क पहुंचे।") is None
    found = find_dateline("उत्तर प्रदेश: राज्य सरकार ने नई नीति जारी की।")
    assert found is not None and found.place == "उत्तर प्रदेश"


def test_a_bracket_after_an_unknown_word_is_a_unit_not_a_credit() -> None:
    assert not is_dateline_only("खरीदी (क्विंटल)")
    assert is_dateline_only("मुंबई (एजेंसी)") and is_dateline_only("चंडीगढ़(रश्मि) :")
