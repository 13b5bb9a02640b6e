"""The words Hindi newsrooms and news sites use, as plain data.

Everything the rules look up lives here, so a user can extend it for a new
publisher without touching the rules::

    >>> from hindinews import lexicon
    >>> "ये भी पढ़ें" in lexicon.PREFIX_MARKERS["related"]
    True

Phrases are written as a reader sees them; :func:`hindinews.features.fold`
lower-cases them, drops nukta, ZWJ/ZWNJ and edge punctuation before they are
compared, so ``पढ़ें``/``पढें`` and ``Share``/``SHARE`` are the same entry.

The tables are keyed by boilerplate kind (the values of
:class:`hindinews.Kind`).
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Widget labels: a line that is exactly one of these is boilerplate of the kind.

WIDGET_LINES: dict[str, tuple[str, ...]] = {
    "share": (
        "share", "share this", "share this article", "share this story", "share on", "share via",
        "share now", "शेयर", "शेयर करें", "इसे शेयर करें", "खबर शेयर करें", "शेयर कीजिए",
        "click me", "click me!", "facebook", "twitter", "whatsapp", "telegram", "linkedin",
        "google plus", "google+", "pinterest", "reddit", "koo", "email", "e-mail", "print",
        "copy link", "link copied", "कॉपी लिंक", "लिंक कॉपी", "लिंक कॉपी हो गया", "लिंक कॉपी करें",
        "tweet", "ट्वीट", "फेसबुक", "ट्विटर",
        "व्हाट्सएप", "facebook twitter whatsapp", "facebook twitter", "share facebook twitter whatsapp",
        "फेसबुक ट्विटर व्हाट्सएप", "font size", "फॉन्ट साइज", "a a", "a+ a-", "a- a a+",
        "save", "bookmark", "सेव करें",
        "share it", "share article", "शेयर कीजिए", "शेयर करे",
    ),
    "video": (
        "latest videos", "latest video", "videos", "video", "वीडियो", "वीडियो देखें", "देखें वीडियो",
        "watch video", "watch videos", "watch now", "top videos", "trending videos", "more videos",
        "related videos", "featured videos", "video gallery", "वीडियो गैलरी", "लेटेस्ट वीडियो",
        "ताजा वीडियो", "टॉप वीडियो", "वायरल वीडियो", "shorts", "photo gallery", "फोटो गैलरी", "photos", "फोटो",
        "तस्वीरें", "न्यूज़ वीडियो", "वीडियो न्यूज़",
        "और भी वीडियो देखें", "और वीडियो देखें", "वीडियोज", "वीडियोज़", "वीडियोस",
    ),
    "related": (
        "ये भी पढ़ें", "यह भी पढ़ें", "इसे भी पढ़ें", "इन्हें भी पढ़ें", "ये भी पढ़े", "यह भी पढ़े",
        "यह भी देखें", "ये भी देखें", "also read", "read also", "also see", "related", "related news",
        "related stories", "related articles", "related posts", "related story", "संबंधित खबरें",
        "संबंधित ख़बरें", "संबंधित खबर", "संबंधित लेख", "संबंधित", "अन्य खबरें", "अन्य ख़बरें",
        "और खबरें", "और भी खबरें", "more news", "more stories", "more from", "top news", "top stories",
        "टॉप न्यूज़", "टॉप स्टोरीज", "बड़ी खबरें", "अन्य समाचार", "अन्य न्यूज़", "और समाचार",
        "trending", "trending news", "trending now",
        "trending stories", "ट्रेंडिंग", "ट्रेंडिंग न्यूज़", "ट्रेंडिंग खबरें", "most read", "most popular",
        "most viewed", "सबसे ज्यादा पढ़ी गई", "सर्वाधिक पढ़ी गई", "लोकप्रिय", "लोकप्रिय खबरें",
        "latest news", "latest stories", "लेटेस्ट न्यूज़", "लेटेस्ट खबरें", "ताजा खबरें", "ताज़ा ख़बर",
        "ताजा खबर", "ताजा समाचार", "ताजे समाचार", "आज के ताजे समाचार", "आज के समाचार",
        "दैनिक समाचार", "आज की ताजा खबर", "आज की खबरें", "आज की बड़ी खबरें", "popular posts", "recent posts",
        "लोकप्रिय पोस्ट", "हाल की पोस्ट", "ताजा पोस्ट", "trending photos", "ट्रेंडिंग फोटो", "you may like",
        "you may also like",
        "you might also like",
        "recommended", "recommended for you", "recommended stories", "must read", "editor's pick",
        "editors pick", "आपके लिए", "पढ़ें", "यहां पढ़ें", "और पढ़ें खबरें", "breaking news",
        "ब्रेकिंग न्यूज़", "in other news", "don't miss", "must watch", "जरूर पढ़ें", "ज़रूर पढ़ें",
        "खबरें और भी हैं", "और भी खबरें हैं", "संबंधित जानकारी", "टॉप हेडलाइंस", "top headlines",
        "हेडलाइंस", "headlines", "और भी पढ़ें", "सबसे ज्यादा पढ़ी गईं", "सबसे ज्यादा पढ़ी गई खबरें",
        "सबसे अधिक पढ़ी गई", "सबसे ज्यादा पढ़े गए", "most read stories", "top story", "टॉप स्टोरी", "प्रमुख खबरें",
        "प्रमुख समाचार", "मुख्य खबरें", "मुख्य समाचार",
        "similar posts", "similar stories", "similar news", "रेकमेंडेड खबरें", "रेकमेंडेड", "recommended news",
        "more reports", "और रिपोर्टें", "popular stories", "पॉपुलर", "popular", "we recommend", "पुरानी खबरें",
        "web stories", "वेब स्टोरीज", "वेब स्टोरी", "you may have missed", "आपसे छूट गया हो",
        "आपको ये खबरें भी पसंद आ सकती हैं", "आपको यह भी पसंद आ सकता है",
        "पिछली खबरें",
    ),
    "ad": (
        "advertisement", "advertisements", "advertise", "ad", "ads", "sponsored", "sponsored content",
        "sponsored stories", "sponsored links", "promoted", "promoted content", "promotion",
        "विज्ञापन", "प्रायोजित", "एडवरटाइजमेंट", "scroll to continue", "scroll to continue with content",
        "continue reading below", "story continues below advertisement", "ads by google", "paid post",
        "sponsored links by taboola", "sponsored stories by taboola", "promoted stories", "promoted links",
        "ads by taboola", "recommended by outbrain", "paid content", "commercial break",
        "scroll to continue reading", "advertisement - scroll to continue", "advertisment", "advertisments",
    ),
    "social": (
        "follow us", "follow us on", "follow", "follow us on google news", "follow on google news",
        "हमें फॉलो करें", "फॉलो करें", "हमें फेसबुक पर फॉलो करें", "google news पर फॉलो करें",
        "गूगल न्यूज़ पर फॉलो करें", "हमें गूगल न्यूज़ पर फॉलो करें", "whatsapp चैनल से जुड़ें",
        "व्हाट्सएप चैनल से जुड़ें", "join us on whatsapp", "join our whatsapp channel",
        "join our telegram channel", "टेलीग्राम से जुड़ें", "subscribe", "subscribe now",
        "subscribe to our channel", "सब्सक्राइब करें", "यूट्यूब चैनल सब्सक्राइब करें", "like us on facebook",
        "connect with us", "stay connected", "subscribe to us", "हमसे जुड़ें", "जुड़े रहें", "social media", "become a member",
        "सदस्य बनें", "मेंबर बनें", "सदस्यता लें", "join our community",
    ),
    "app": (
        "download app", "download the app", "download our app", "get the app", "ऐप डाउनलोड करें", "ऐप", "app",
        "एप डाउनलोड करें", "app डाउनलोड करें", "ऐप इंस्टॉल करें", "open in app", "ऐप में पढ़ें",
        "read in app", "google play", "app store", "get it on google play", "download on the app store",
        "google play | app store", "google play app store", "play store", "प्ले स्टोर", "google play पर उपलब्ध",
        "app store पर उपलब्ध",
    ),
    "newsletter": (
        "newsletter", "newsletters", "subscribe to newsletter", "subscribe to our newsletter",
        "sign up for newsletter", "न्यूज़लेटर", "न्यूज़लेटर के लिए साइन अप करें", "न्यूजलेटर सब्सक्राइब करें",
        "get alerts", "allow notifications", "notification", "notifications", "अलर्ट पाएं", "sign up",
        "for quick alerts", "for daily alerts", "subscribe for alerts", "क्विक अलर्ट के लिए",
    ),
    "comments": (
        "comments", "comment", "कमेंट", "कमेंट्स", "कमेंट करें", "टिप्पणी", "टिप्पणियाँ", "टिप्पणियां",
        "टिप्पणी करें", "टिप्पणी लिखें", "अपनी राय दें", "अपनी टिप्पणी दें", "post your comment",
        "post comment", "post a comment", "write a comment", "leave a comment", "add comment",
        "add a comment", "display name", "name", "email-id", "email id", "email address", "enter code",
        "enter code*", "submit", "cancel", "reply", "view comments", "show comments", "load more comments",
        "be the first to comment", "0 comments", "no comments", "कॉमेंट", "कॉमेंट्स", "कॉमेंट लिखें",
        "कॉमेंट करें", "कमेंट लिखें", "अपना कमेंट लिखें", "write comment", "एक टिप्पणी छोड़ें", "टिप्पणी छोड़ें",
        "leave a reply", "नाम *", "ईमेल *", "वेबसाइट", "website", "name *", "email *", "टिप्पणी पोस्ट करें",
        "जवाब दें", "उत्तर दें", "cancel reply", "जवाब रद्द करें", "comment list", "comments list",
        "अपनी टिप्पणी लिखें", "leave a reply cancel reply", "click to comment", "अपनी प्रतिक्रिया दें",
        "प्रतिक्रिया दें", "टिप्पणी भेजें", "कमेंट भेजें", "अपनी राय भेजें", "share your comments",
        "share your comment", "अपनी टिप्पणी साझा करें", "एक टिप्पणी भेजें", "आपका नाम", "आपकी टिप्पणी",
        "एक जवाब दें", "एक उत्तर दें", "टिप्पणी प्रकाशित करें", "post comment »",
        "आपका ईमेल", "कोई टिप्पणी नहीं", "अपनी टिप्पणी यहां लिखें",
        "अपनी टिप्पणी यहाँ लिखें", "यहां टिप्पणी लिखें", "write your comment here",
    ),
    "copyright": ("all rights reserved", "सर्वाधिकार सुरक्षित", "copyright", "कॉपीराइट"),
    "disclaimer": ("disclaimer", "डिस्क्लेमर", "अस्वीकरण"),
    "tags": ("tags", "टैग्स", "टैग", "topics", "topic", "टॉपिक", "टॉपिक्स", "keywords", "keyword", "विषय",
             "breadcrumb"),
    "navigation": (
        "home", "होम", "होम पेज", "homepage", "menu", "मेन्यू", "search", "सर्च", "खोजें", "login", "log in",
        "sign in", "लॉग इन", "register", "next story", "next", "previous", "prev", "अगला", "पिछला",
        "अगला लेख", "पिछला लेख", "next article", "previous article", "अगली खबर", "पिछली खबर", "आगे", "पीछे",
        "back to top", "go to top",
        "about us", "हमारे बारे में", "contact us", "संपर्क करें", "संपर्क", "privacy policy",
        "गोपनीयता नीति", "terms & conditions", "terms and conditions", "terms of use", "cookie policy",
        "sitemap", "site map", "साइटमैप", "rss", "magazine", "मैगजीन", "पत्रिका",
        "rss feed", "careers", "jobs", "authors", "our team", "partner with us",
        "advertise with us", "विज्ञापन दें", "e-paper", "epaper", "ई-पेपर", "archives", "archive",
        "load more", "और लोड करें", "view all", "see all", "सभी देखें", "और देखें", "skip to content",
        "skip to main content", "skip to navigation", "सामग्री को स्किप करें", "कंटेंट पर जाएं", "मेन्यू पर जाएं",
        "मुख्य सामग्री पर जाएं", "सामग्री पर जाएं", "इस्तेमाल की शर्तें", "उपयोग की शर्तें", "निजता की नीति",
        "निजता नीति", "प्राइवेसी पॉलिसी", "कुकीज़", "cookies", "cookie settings", "do not share or sell my info",
        "terms of service", "accessibility", "accessibility statement", "कानूनी सूचना", "legal notice",
        "english", "हिंदी", "hindi", "मराठी", "বাংলা", "தமிழ்", "తెలుగు", "ગુજરાતી", "ಕನ್ನಡ", "ਪੰਜਾਬੀ", "اردو",
        "देश", "विदेश", "राज्य", "शहर", "मनोरंजन", "खेल", "बिज़नेस", "व्यापार", "टेक", "टेक्नोलॉजी",
        "लाइफस्टाइल", "धर्म", "राशिफल", "ज्योतिष", "शिक्षा", "नौकरी", "करियर", "ऑटो", "राजनीति", "दुनिया",
        "क्रिकेट", "बॉलीवुड", "हेल्थ", "स्वास्थ्य", "बाजार", "अर्थव्यवस्था", "विश्लेषण", "ओपिनियन",
        "विचार", "संपादकीय", "लाइव टीवी", "live tv", "news", "india", "world",
        "entertainment", "sports", "business", "technology", "lifestyle", "opinion", "politics",
        "राष्ट्रीय", "अंतरराष्ट्रीय", "अंतर्राष्ट्रीय", "आर्थिक", "अपराध", "क्राइम", "कारोबार", "बिजनेस",
        "गैजेट्स", "ऑटोमोबाइल", "फैशन", "यात्रा", "फिल्म", "सिनेमा", "टीवी", "चुनाव", "ई-पेपर", "रिजल्ट", "जॉब्स",
        "read next story", "read next", "exit mobile version", "अगली कहानी", "पिछली कहानी", "next post",
        "previous post", "newer post", "older post", "newer post older post home", "newer posts", "older posts",
        "नई पोस्ट पुरानी पोस्ट मुख्यपृष्ठ", "नई पोस्ट", "पुरानी पोस्ट", "मुख्यपृष्ठ", "blogger द्वारा संचालित",
        "पिछला पेज", "अगला पेज", "ई-पेपर पढ़ें",
        "post navigation", "posts navigation", "read the next article", "read next article", "next article »",
        "privacy", "terms", "sections", "all stories", "all sections",
    ),
    "ui": (
        "सार", "विस्तार", "खास बातें", "ख़ास बातें", "मुख्य बातें", "हाइलाइट्स", "highlights",
        "key highlights", "in short", "संक्षेप में", "read more", "और पढ़ें", "आगे पढ़ें", "पूरी खबर पढ़ें",
        "continue reading", "read full story", "read the full story", "show more", "show less",
        "daily horoscope", "आज का राशिफल", "राशिफल", "horoscope", "poll", "आपका मत", "आपकी राय",
        "quiz", "क्विज", "live", "लाइव", "live updates", "लाइव अपडेट", "exclusive",
        "photo", "image", "loading", "loading...", "close", "बंद करें", "x", "×", "स्टोरी हाइलाइट्स",
        "story highlights", "author img", "author image", "profile image", "और दिखाएं", "और रिपोर्टें दिखाएं",
        "और खबरें दिखाएं", "show more stories", "agree", "accept", "i agree", "सहमत", "स्वीकार करें",
        "text size", "text size:", "small", "medium", "large", "font", "फॉन्ट", "...more", "synopsis",
        "like this", "like loading", "show full article", "read full article", "पूरा लेख पढ़ें",
        # Audio players are widgets, not share buttons.
        "listen", "listen to this article", "इस खबर को सुनें", "सुनें", "खबर सुनें", "audio",
        "zoom in", "zoom out", "download pdf", "full screen", "clip", "वोट करें", "vote", "vote now", "वोट दें",
        "view results", "see results", "परिणाम देखें",
        "सभी राशियां देखें", "सभी राशियाँ देखें", "new update", "आज का सवाल",
        "like this article?", "did you like this article?",
    ),
}

# The first crumb of a breadcrumb trail that starts from the home page
# ("होम » दिल्ली » <the story's title>").
HOME_CRUMBS: tuple[str, ...] = ("होम", "home", "मुखपृष्ठ", "मुख्य पृष्ठ", "होमपेज", "homepage", "hindi news", "हिंदी न्यूज़")

# Widget labels that introduce a list: the lines under them take the list's
# kind (labels.md: "A marker line takes the kind of the list it introduces").
# A value of None means the list's kind is read from its items (video cues
# make it a video list, otherwise related).  "standfirst" lists are the
# highlight bullets under a "खास बातें"-style label.  Every video and related
# widget label is a list marker too (see :func:`list_markers`).
LIST_MARKERS: dict[str, str | None] = {
    **{p: "ad" for p in ("advertisements", "sponsored", "sponsored stories", "sponsored links",
                         "promoted", "promoted content", "ads by google", "sponsored links by taboola",
                         "sponsored stories by taboola", "promoted stories", "promoted links",
                         "ads by taboola", "recommended by outbrain", "paid content")},
    **{p: "comments" for p in ("comments", "कमेंट", "कमेंट्स", "टिप्पणियाँ", "टिप्पणियां",
                               "post your comment", "post a comment", "leave a comment")},
    **{p: "related" for p in ("daily horoscope", "आज का राशिफल", "राशिफल", "horoscope", "poll",
                              "आपका मत", "आपकी राय", "quiz", "क्विज")},
    **{p: "standfirst" for p in ("सार", "खास बातें", "ख़ास बातें", "मुख्य बातें", "हाइलाइट्स",
                                 "highlights", "key highlights", "in short", "संक्षेप में", "स्टोरी हाइलाइट्स",
                                 "story highlights")},
    **{p: "tags" for p in ("tags", "टैग्स", "टैग", "related tags", "tagged", "topics",
                           "topics mentioned in this article", "टॉपिक", "टॉपिक्स", "keywords", "विषय",
                           "read more news on", "more news on", "explore more on", "trending tags",
                           "trending topics", "popular tags", "hot topics", "ट्रेंडिंग टॉपिक्स", "ट्रेंडिंग टॉपिक")},
    **{p: "comments" for p in ("comments", "टिप्पणियां", "टिप्पणियाँ", "कमेंट्स", "एक टिप्पणी छोड़ें",
                               "leave a reply")},
    "synopsis": "standfirst",
    "breaking": "related",
    "ब्रेकिंग": "related",
    "stories you may like": None,
    "you may like": None,
    "you may also like": None,
    "recommended": None,
    "recommended for you": None,
    "more stories": None,
    "trending": None,
    "trending now": None,
    "must watch": "video",
    "next article": "navigation",
}


def list_markers() -> dict[str, str | None]:
    """Every list marker: the video and related widget labels, then
    :data:`LIST_MARKERS`, which overrides them."""
    markers: dict[str, str | None] = {p: "video" for p in WIDGET_LINES["video"]}
    markers.update({p: "related" for p in WIDGET_LINES["related"]})
    markers.update(LIST_MARKERS)
    return markers


# Phrases that open a line and make the whole line boilerplate of the kind,
# whatever follows ("ये भी पढ़ें: <another story's headline>").
PREFIX_MARKERS: dict[str, tuple[str, ...]] = {
    "related": (
        "ये भी पढ़ें", "यह भी पढ़ें", "इसे भी पढ़ें", "इन्हें भी पढ़ें", "ये भी पढ़े", "यह भी पढ़े",
        "ये भी देखें", "यह भी देखें", "पढ़ें यह भी", "पढ़ें ये भी", "also read", "read also", "also see",
        "read more", "also watch", "related", "और पढ़ें", "पढ़ें", "देखें", "must read", "recommended",
        "read:",
    ),
    "video": ("watch video", "वीडियो देखें", "देखें वीडियो", "वीडियो:", "video:", "watch:"),
    "tags": ("tags", "टैग्स", "टैग", "keyword", "keywords", "topics", "विषय", "filed under", "more on", "categories",
             "labels", "लेबल:",
             "category", "tagged as", "tagged", "read more about", "further reading"),
    "copyright": ("©", "(c)", "copyright", "कॉपीराइट", "सर्वाधिकार"),
    "disclaimer": ("disclaimer", "डिस्क्लेमर", "अस्वीकरण", "* stock quotes", "stock quotes delayed"),
    "ad": ("advertisement", "advertisment", "sponsored", "विज्ञापन", "ads by", "promoted by",
           "अपने व्यवसाय का विज्ञापन"),
    "social": ("follow us", "follow", "हमें फॉलो", "फॉलो करें", "join us", "like us on"),
    "app": ("download app", "download the", "ऐप डाउनलोड", "एप डाउनलोड"),
    "newsletter": ("newsletter", "न्यूज़लेटर", "sign up for"),
    "comments": ("post your comment", "comments (", "टिप्पणियाँ (", "कमेंट (", "कमेंट्स (", "टिप्पणियां (", "enter code",
                 "अपनी राय लिखें"),
    "ui": ("web title",),
    "share": ("शेयर करें", "share:", "share on:", "share via:", "share this:"),
    "navigation": ("next story", "previous story", "अगली खबर", "पिछली खबर", "this site is best viewed",
                   "powered by", "select your language", "select language", "भाषा चुनें", "सदस्यता लें: संदेश",
                   "designed & developed by",
                   "designed and developed by", "developed by", "website designed by", "design & developed by"),
}

# Prefix markers that only count when the rest of the line is short or a title
# (a story sentence may open with "पढ़ें" or "देखें" as an ordinary verb).
WEAK_PREFIXES: frozenset[str] = frozenset({"पढ़ें", "देखें", "read:", "watch:", "read more", "और पढ़ें", "related", "follow",
                                          "recommended", "विषय", "more on", "विज्ञापन", "advertisement",
                                          "sponsored", "tags", "टैग", "copyright", "कॉपीराइट", "शेयर करें", "share",
                                          "share on", "share via", "share this", "labels"})

# Phrases anywhere in a line that mark it as boilerplate of the kind.
CONTAINS_MARKERS: dict[str, tuple[str, ...]] = {
    "related": (
        "पढ़ने के लिए यहां क्लिक करें", "पढ़ने के लिए यहाँ क्लिक करें", "के लिए यहां क्लिक करें",
        "click here to read", "read more...", "…read more", "... read more", "पूरी खबर पढ़ने के लिए",
    ),
    "social": ("trusted source", "preferred source",
               "google news पर फॉलो", "पर फॉलो करें", "फॉलो भी कर सकते", "पर फॉलो कर सकते", "हमें फेसबुक",
               "चैनल से जुड़ें", "चैनल को फॉलो करें", "को फॉलो करें",
               "हमें फॉलो करें", "follow us on", "को सब्सक्राइब करें", "डाउनलोड करें और", " से जुड़िए",
               " से जुड़ें", "मेंबर बनें", "सदस्य बनें", "सदस्यता लें", "सदस्यता लेकर", "become a member",
               # Appeals for readers' support.
               "आपके सहयोग की ज़रूरत", "हमें आप जैसे पाठक चाहिए", "सहयोग करें", "support independent journalism",
               "support us", "donate now", "डोनेट करें", "सपोर्ट करना चाहते", "support our", "का समर्थन करें"),
    "share": ("click to share on", "click to email a link", "इसे ईमेल करें", "इसे ब्लॉग करें", "इस खबर को शेयर करें", "को शेयर करें",
              "share on facebook", "share on twitter", "share on whatsapp", "share on linkedin", "share on telegram",
              "share on x", "share on email", "शेयर ऑन फेसबुक"),
    "app": ("ऐप डाउनलोड करें", "app डाउनलोड करें", "download the app", "डाउनलोड करें ऐप"),
    "newsletter": ("न्यूज़लेटर", "newsletter", "न्यूजलेटर"),
    "copyright": ("all rights reserved", "सर्वाधिकार सुरक्षित", "copyright ©", "copyright &", "मुद्रक एवं प्रकाशक",
                  "मुद्रक व प्रकाशक", "printed and published by",
                  "dnpa code of ethics", "copyright (c)", "we use cookies", "uses cookies", "कुकीज़ का उपयोग",
                  "कुकीज़ का इस्तेमाल", "जैसे कि कुकीज़"),
    "disclaimer": ("अस्वीकरण:", "डिस्क्लेमर:", "disclaimer:", "इसकी पुष्टि नहीं करता", "सिंडीकेट फीड",
                   "syndicated feed", "संपादित नहीं किया है", "संपादित नहीं किया गया है", "auto-generated",
                   "इसकी पुष्टि नहीं करता है", "does not confirm", "सामान्य जानकारी पर आधारित हैं",
                   "बिना किसी संशोधन के प्रकाशित", "सिंडिकेट फीड", "सिंडिकेटेड फीड", "शीर्षक के अलावा इसमें कोई बदलाव",
                   "हेडलाइन के अलावा इसमें कोई बदलाव", "संपादकीय जिम्मेदारी नहीं", "संपादकीय जिम्मेदारी नहीं है",
                   "लेखक के निजी विचार", "लेखकों के निजी विचार", "लेखक के अपने विचार", "लेखक के व्यक्तिगत विचार",
                   "views expressed are personal", "views expressed by the author"),
    "comments": ("कमेंट करें", "अपनी राय दें", "post your comment", "ईमेल पता प्रकाशित नहीं किया जाएगा", "leave a reply",
                 "email address will not be published", "इस ब्राउज़र में मेरा नाम", "save my name, email"),
    "navigation": ("skip to content", "skip to main content", "को स्किप करें", "कंटेंट पर जाएं", "मेन्यू पर जाएं",
                   "सामग्री पर जाएं"),
    "ui": ("पढ़ना जारी रखिए", "पढ़ना जारी रखें", "continue reading", "web title"),
}

# Prompts are written in endless wordings ("फेसबुक, ट्विटर पर हमसे जुड़ें",
# "Download ABP Live App and get the latest news"), but every one pairs an
# action with what it is done to.  A short line holding a word of both
# columns is a prompt of that kind.
PROMPT_CUES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "app": (
        ("डाउनलोड", "download", "इंस्टॉल", "install", "get"),
        (" app", " apps", "ऐप", "एप", "एप्लिकेशन", "application", "play store", "प्ले स्टोर", "app store"),
    ),
    "social": (
        ("फॉलो", "follow", "अनुसरण", "जुड़ें", "जुड़िए", "जुड़े रहें", "जुड़ने", "ज्वाइन", "join", "लाइक करें", "like us",
         "सब्सक्राइब", "subscribe"),
        ("फेसबुक", "facebook", "ट्विटर", "twitter", "इंस्टाग्राम", "instagram", "यूट्यूब", "youtube",
         "व्हाट्सएप", "व्हाट्सऐप", "व्हॉट्सऐप", "व्हॉट्सएप", "whatsapp", "टेलीग्राम", "telegram", "google news", "गूगल न्यूज",
         "लिंक्डइन", "linkedin", "चैनल", "channel", "sharechat", "शेयरचैट", "koo", "threads"),
    ),
    "newsletter": (
        ("sign up", "signup", "साइन अप", "पाने के लिए", "बताएं", "दर्ज करें", "enter your", "subscribe",
         "सब्सक्राइब"),
        ("newsletter", "न्यूजलेटर", "alerts", "अलर्ट", "ईमेल", "email", "चिट्ठी", "notification",
         "नोटिफिकेशन", "inbox", "इनबॉक्स"),
    ),
}

# Names of the platforms a share bar or a follow row lists, one per button.
PLATFORMS: tuple[str, ...] = (
    "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "instagram", "youtube", "email",
    "e-mail", "mail", "print", "pinterest", "reddit", "koo", "threads", "google news", "sharechat",
    "फेसबुक", "ट्विटर", "व्हाट्सएप", "व्हाट्सऐप", "टेलीग्राम", "इंस्टाग्राम", "यूट्यूब", "ईमेल", "लिंक्डइन",
    "गूगल न्यूज़", "एक्स", "कू", "copy", "copy link", "कॉपी", "share", "शेयर", "more", "sms",
    "whatsapp channel", "telegram channel", "youtube channel", "व्हाट्सएप चैनल", "यूट्यूब चैनल", "टेलीग्राम चैनल",
    "शेयर करें", "share on", "share this", "कॉपी लिंक",
)

# Item lines of a list that show it is a video list.
VIDEO_CUES: tuple[str, ...] = (" tv", "video", "वीडियो", "#shorts", "देखें", "watch", "▶", "duration")

# How a teaser that links elsewhere ends ("... Read more").
TEASER_ENDS: tuple[str, ...] = ("read more", "read mo", "और पढ़ें", "आगे पढ़ें", "...... read", "... read")

# Read-time notes anywhere in a short line ("2 मिनट में पढ़ें").
READ_TIME_CUES: tuple[str, ...] = ("min read", "mins read", "minute read", "मिनट में पढ़ें", "मिनट पढ़ें",
                                   "पढ़ने का समय", "read time", "reading time")

# ---------------------------------------------------------------------------
# Bylines and meta lines.

# Words that open a byline ("Edited By ...", "रिपोर्ट: ...").
BYLINE_CUES: tuple[str, ...] = (
    "by", "written by", "edited by", "published by", "posted by", "updated by", "curated by", "reported by",
    "compiled by", "article published", "story published", "post published",
    "author", "authors", "written by:", "edited by:", "reporter", "correspondent", "story by",
    "लेखक", "लेखिका", "रिपोर्ट", "रिपोर्टर", "रिपोर्ट्स", "संवाददाता", "द्वारा", "संपादित", "एडिटेड बाय",
    "लिखा", "लिखित", "प्रस्तुति", "संकलन", "इनपुट", "input", "inputs", "with inputs from", "एजेंसी इनपुट",
    "साभार", "स्रोत", "source", "अनुवाद", "translated by", "फैक्ट चेक", "fact checked by", "पदनाम",
    "लेखक:", "द्वारा:", "संपादक", "editor", "एडिटर", "reviewed by", "text by", "ग्राफिक्स", "graphics",
    "agency",
)

# Words that open (or make up) a meta line: times, read time, places-and-times.
META_CUES: tuple[str, ...] = (
    "updated", "last updated", "updated on", "updated at", "published", "published on", "published at",
    "publish date", "posted on", "posted at", "posted", "first published", "modified", "date", "dated",
    "अपडेटेड", "अपडेट", "अपडेट किया गया", "प्रकाशित", "प्रकाशित तिथि", "पब्लिश्ड", "पब्लिश", "दिनांक",
    "तारीख", "तिथि", "लास्ट अपडेट", "last modified", "created", "ist", "read time", "reading time", "total views",
    "min read", "mins read", "minute read", "मिनट में पढ़ें", "मिनट पढ़ें", "पढ़ने का समय", "views",
    "location", "post views", "news id", "story id", "article id", "खबर आईडी",
)

# Words that make a short comma-separated line a desk or bureau credit
# ("न्यूज डेस्क, अमर उजाला, लखनऊ", "हिन्दुस्तान टीम, पटना").
CREDIT_WORDS: tuple[str, ...] = (
    "डेस्क", "ब्यूरो", "संवाददाता", "टीम", "एजेंसी", "desk", "bureau", "team", "correspondent",
    "news desk", "web desk", "digital desk", "न्यूज डेस्क", "वेब डेस्क", "डिजिटल डेस्क",
)

# ---------------------------------------------------------------------------
# Captions and embeds.

CAPTION_CUES: tuple[str, ...] = (
    "फोटो:", "फोटो-", "फोटो :", "photo:", "photo :", "photo credit", "photo-", "image:", "image credit",
    "picture:", "pic:", "file photo", "फाइल फोटो", "फ़ाइल फ़ोटो", "फाइल चित्र", "फाइल तस्वीर", "सांकेतिक फोटो",
    "सांकेतिक तस्वीर", "इमेज स्रोत", "इमेज कैप्शन", "image source,", "image caption", "वीडियो कैप्शन",
    "सांकेतिक चित्र", "प्रतीकात्मक तस्वीर", "प्रतीकात्मक फोटो", "चित्र:", "चित्र -",
    "तस्वीर:", "तस्वीर-", "तस्वीर -", "चित्र-", "(दाएं से)", "(बाएं से)", "(बाएँ से)", "(दाएँ से)", "(left)", "(right)", "(file)",
    "(representational image)", "(प्रतीकात्मक)", "साभार:", "courtesy:", "credit:", "getty images", "(ani)",
    "(pti photo)", "pti photo", "ians photo", "courtesy :", "(courtesy", "फोटो साभार", "फोटो सोर्स", "photo source",
    "image source",
    "इमेज सोर्स", "सोशल मीडिया से", "फोटो क्रेडिट", "स्क्रीनशॉट", "screenshot", "स्क्रीन ग्रैब", "screen grab",
    "तस्वीर साभार", "चित्र साभार", "इमेज साभार",
    "photo courtesy", "image courtesy", "तस्वीर सौजन्य", "फोटो सौजन्य", "photograph:", "photograph :",
)

EMBED_CUES: tuple[str, ...] = (
    "pic.twitter.com", "twitter.com/", "x.com/", "instagram.com/p/", "view this post on instagram",
    "a post shared by", "facebook.com/", "youtube.com/watch", "youtu.be/", "t.co/",
)

# ---------------------------------------------------------------------------
# Datelines.

# News agencies Hindi desks credit, in Hindi and English.
AGENCIES: tuple[str, ...] = (
    "भाषा", "पीटीआई", "पीटीआई-भाषा", "पीटीआइ", "आईएएनएस", "आइएएनएस", "एएनआई", "एएनआइ", "वार्ता", "यूनीवार्ता",
    "यूएनआई", "एजेंसी", "एजेंसियां", "एजेंसियाँ", "हिन्दुस्थान समाचार", "हिंदुस्थान समाचार", "रॉयटर्स",
    "रायटर", "एपी", "एएफपी", "एफपी", "डीपीए", "शिन्हुआ", "स्पूतनिक", "ब्यूरो", "डेस्क", "संवाददाता",
    "प्रतिनिधि", "निज संवाददाता", "विशेष संवाददाता", "कार्यालय संवाददाता", "नगर संवाददाता", "pti", "ians",
    "ani", "uni", "reuters", "ap", "afp", "agency", "agencies", "bureau", "desk", "ians/pti", "डेस्क रिपोर्ट",
)

# Last words of an agency or desk credit ("जागरण संवाददाता", "नेशनल डेस्क").
AGENCY_TAILS: tuple[str, ...] = (
    "संवाददाता", "सम्वाददाता", "डेस्क्स", "ब्यूरो", "डेस्क", "एजेंसी", "प्रतिनिधि", "रिपोर्टर", "सहयोगी", "टीम", "bureau", "desk",
    "correspondent", "नेटवर्क", "network",
)

# Words that never stand in a dateline's place: function words, verbs and the
# kickers headlines open with ("बड़ी खबर:").
NOT_PLACE_WORDS: tuple[str, ...] = (
    "खबर", "ख़बर", "खबरें", "बड़ी", "ब्रेकिंग", "अपडेट", "खास", "लाइव", "वीडियो", "सावधान", "जरूरी",
    "ज़रूरी", "विशेष", "एक्सक्लूसिव", "सवाल", "जवाब", "नोट", "सार", "विस्तार", "बात", "कहानी", "रिपोर्ट",
    "फोटो", "उदाहरण", "यानी", "मतलब", "कारण", "नतीजा", "सच", "breaking", "exclusive", "update", "live",
    "video", "photo", "note", "read", "watch", "also", "news", "report", "tags", "keyword", "keywords",
    # Sanskrit adverbs whose final visarga looks like a typed colon ("अतः").
    "अत", "पुन", "प्राय", "मूलत", "वस्तुत", "सामान्यत", "स्वत", "शनै", "संभवत", "सम्भवत", "विशेषत",
    "मुख्यत", "अंतत", "अन्तत", "क्रमश", "सर्वत", "अंशत", "पूर्णत",
)

# Indian and world places that open datelines; used to accept a place whose
# separator is weak ("पटना। ") and Latin places ("Lucknow: ").
PLACES: tuple[str, ...] = (
    "नई दिल्ली", "दिल्ली", "मुंबई", "कोलकाता", "चेन्नई", "बेंगलुरु", "बेंगलूरु", "बेंगलुरू", "हैदराबाद",
    "लखनऊ", "पटना", "जयपुर", "भोपाल", "रायपुर", "रांची", "देहरादून", "शिमला", "चंडीगढ़", "श्रीनगर", "जम्मू",
    "अहमदाबाद", "गांधीनगर", "पुणे", "नागपुर", "इंदौर", "वाराणसी", "प्रयागराज", "इलाहाबाद", "कानपुर",
    "आगरा", "मेरठ", "गोरखपुर", "अयोध्या", "गाजियाबाद", "नोएडा", "गुरुग्राम", "गुड़गांव", "फरीदाबाद",
    "जोधपुर", "उदयपुर", "कोटा", "अजमेर", "बीकानेर", "ग्वालियर", "जबलपुर", "उज्जैन", "बिलासपुर", "दुर्ग",
    "जगदलपुर", "भिलाई", "धनबाद", "जमशेदपुर", "भागलपुर", "गया", "मुजफ्फरपुर", "दरभंगा", "लुधियाना",
    "अमृतसर", "जालंधर", "पटियाला", "हिसार", "रोहतक", "अंबाला", "करनाल", "पानीपत", "हरिद्वार",
    "ऋषिकेश", "नैनीताल", "भुवनेश्वर", "गुवाहाटी", "इंफाल", "शिलांग", "अगरतला", "आइजोल", "कोहिमा",
    "ईटानगर", "गंगटोक", "तिरुवनंतपुरम", "कोच्चि", "पणजी", "विशाखापत्तनम", "अमरावती", "मथुरा", "बरेली",
    "मुरादाबाद", "अलीगढ़", "झांसी", "सहारनपुर", "लखीमपुर", "सीतापुर", "बलिया", "आजमगढ़", "रामपुर",
    "सूरत", "वडोदरा", "राजकोट", "नासिक", "औरंगाबाद", "ठाणे", "लद्दाख", "लेह", "कश्मीर",
    "वाशिंगटन", "वॉशिंगटन", "न्यूयॉर्क", "लंदन", "पेरिस", "मॉस्को", "बीजिंग", "टोक्यो", "इस्लामाबाद",
    "लाहौर", "कराची", "काठमांडू", "ढाका", "कोलंबो", "काबुल", "दुबई", "बर्लिन", "सिडनी", "संयुक्त राष्ट्र",
    "नयी दिल्ली", "new delhi", "delhi", "mumbai", "kolkata", "chennai", "bengaluru", "bangalore", "hyderabad", "lucknow",
    "patna", "jaipur", "bhopal", "raipur", "ranchi", "dehradun", "shimla", "chandigarh", "srinagar", "jammu",
    "ahmedabad", "pune", "nagpur", "indore", "varanasi", "prayagraj", "kanpur", "agra", "noida",
    "gurugram", "guwahati", "bhubaneswar", "washington", "new york", "london", "islamabad", "beijing",
    # District headquarters and towns of the Hindi belt and beyond, whose
    # desks file most regional copy ("सीहोर, 12 मार्च।", "झुंझुनूं:").  Names that
    # are also common words ("गुना", "सीधी", "पन्ना", "सागर", "धार") are left out.
    # Uttar Pradesh
    "अमरोहा", "आंबेडकरनगर", "अंबेडकर नगर", "औरैया", "बागपत", "बहराइच", "बलरामपुर", "बांदा", "बाराबंकी",
    "बस्ती", "बिजनौर", "बदायूं", "बुलंदशहर", "चंदौली", "चित्रकूट", "देवरिया", "एटा", "इटावा", "फर्रुखाबाद",
    "फतेहपुर", "फिरोजाबाद", "गाजीपुर", "गोंडा", "हमीरपुर", "हापुड़", "हरदोई", "हाथरस", "जालौन", "जौनपुर",
    "कन्नौज", "कानपुर देहात", "कासगंज", "कौशांबी", "कुशीनगर", "ललितपुर", "महाराजगंज", "महोबा", "मैनपुरी",
    "मिर्जापुर", "मुजफ्फरनगर", "पीलीभीत", "प्रतापगढ़", "रायबरेली", "संभल", "संत कबीर नगर", "भदोही",
    "शाहजहांपुर", "शामली", "श्रावस्ती", "सिद्धार्थनगर", "सोनभद्र", "सुल्तानपुर", "सुलतानपुर", "उन्नाव", "अमेठी", "मऊ",
    # Madhya Pradesh
    "सीहोर", "विदिशा", "रायसेन", "होशंगाबाद", "नर्मदापुरम", "बैतूल", "हरदा", "छिंदवाड़ा", "सिवनी",
    "बालाघाट", "मंडला", "डिंडोरी", "कटनी", "रीवा", "सतना", "शहडोल", "उमरिया", "अनूपपुर", "सिंगरौली",
    "दमोह", "छतरपुर", "टीकमगढ़", "निवाड़ी", "शिवपुरी", "अशोकनगर", "भिंड", "मुरैना", "श्योपुर", "दतिया",
    "देवास", "शाजापुर", "आगर मालवा", "राजगढ़", "रतलाम", "मंदसौर", "नीमच", "झाबुआ", "अलीराजपुर",
    "बड़वानी", "खरगोन", "खंडवा", "बुरहानपुर", "नरसिंहपुर",
    # Rajasthan
    "झुंझुनूं", "झुंझुनू", "सीकर", "चूरू", "अलवर", "भरतपुर", "धौलपुर", "करौली", "सवाई माधोपुर", "दौसा",
    "टोंक", "बूंदी", "बारां", "झालावाड़", "भीलवाड़ा", "चित्तौड़गढ़", "राजसमंद", "डूंगरपुर", "बांसवाड़ा",
    "सिरोही", "पाली", "जालोर", "बाड़मेर", "जैसलमेर", "नागौर", "हनुमानगढ़", "श्रीगंगानगर",
    "गंगानगर", "किशनगढ़", "ब्यावर",
    # Bihar and Jharkhand
    "आरा", "छपरा", "सीवान", "गोपालगंज", "बेतिया", "मोतिहारी", "सीतामढ़ी", "मधुबनी", "समस्तीपुर",
    "बेगूसराय", "खगड़िया", "सहरसा", "सुपौल", "मधेपुरा", "पूर्णिया", "कटिहार", "अररिया", "किशनगंज",
    "मुंगेर", "जमुई", "लखीसराय", "शेखपुरा", "नालंदा", "बिहारशरीफ", "नवादा", "जहानाबाद", "अरवल",
    "सासाराम", "बक्सर", "भभुआ", "हाजीपुर", "वैशाली", "बांका", "देवघर", "दुमका", "गिरिडीह",
    "बोकारो", "हजारीबाग", "रामगढ़", "चाईबासा", "पलामू", "मेदिनीनगर", "डालटनगंज", "गढ़वा", "लोहरदगा",
    "गुमला", "सिमडेगा", "खूंटी", "कोडरमा", "चतरा", "साहिबगंज", "पाकुड़", "गोड्डा", "जामताड़ा",
    # Chhattisgarh
    "राजनांदगांव", "कोरबा", "अंबिकापुर", "रायगढ़", "जांजगीर", "धमतरी", "महासमुंद", "कांकेर", "कोंडागांव",
    "बीजापुर", "सुकमा", "दंतेवाड़ा", "नारायणपुर", "कवर्धा", "बेमेतरा", "बालोद", "मुंगेली", "जशपुर",
    # Uttarakhand and Himachal Pradesh
    "हल्द्वानी", "रुद्रपुर", "काशीपुर", "अल्मोड़ा", "पिथौरागढ़", "बागेश्वर", "चंपावत", "पौड़ी", "श्रीनगर गढ़वाल",
    "टिहरी", "उत्तरकाशी", "चमोली", "रुद्रप्रयाग", "कोटद्वार", "धर्मशाला", "मंडी", "कुल्लू", "मनाली",
    "सोलन", "ऊना", "चंबा", "कांगड़ा", "किन्नौर", "नाहन", "पालमपुर",
    # Haryana, Punjab, Jammu and Kashmir
    "सोनीपत", "कुरुक्षेत्र", "कैथल", "जींद", "भिवानी", "सिरसा", "फतेहाबाद", "रेवाड़ी",
    "झज्जर", "महेंद्रगढ़", "नारनौल", "पलवल", "नूंह", "यमुनानगर", "पंचकूला", "बठिंडा", "मोगा",
    "फिरोजपुर", "होशियारपुर", "गुरदासपुर", "पठानकोट", "संगरूर", "मोहाली", "कपूरथला", "अनंतनाग",
    "बारामूला", "पुलवामा", "शोपियां", "कुपवाड़ा", "कठुआ", "उधमपुर", "राजौरी", "पुंछ", "डोडा", "किश्तवाड़",
    "कारगिल",
    # Gujarat, Maharashtra and the south and east
    "भावनगर", "जामनगर", "जूनागढ़", "गांधीधाम", "भुज", "कच्छ", "आणंद", "मेहसाणा", "कोल्हापुर", "सोलापुर",
    "सांगली", "सतारा", "नाशिक", "अहमदनगर", "जलगांव", "अकोला", "चंद्रपुर", "लातूर", "नांदेड़", "मैसूर", "मंगलुरु",
    "हुबली", "बेलगावी", "कोयंबटूर", "मदुरै", "तिरुपति", "विजयवाड़ा", "वारंगल", "कटक", "पुरी", "राउरकेला",
    "सिलीगुड़ी", "दुर्गापुर", "आसनसोल", "हावड़ा", "डिब्रूगढ़", "सिलचर", "पोर्ट ब्लेयर",
)

# States and regions written in brackets after a town ("बरेली (उप्र)"): they
# belong to the place, they are not the agency.
REGIONS: tuple[str, ...] = (
    "उत्तर प्रदेश", "उप्र", "उ.प्र.", "यूपी", "बिहार", "मध्य प्रदेश", "मप्र", "म.प्र.", "राजस्थान", "गुजरात",
    "महाराष्ट्र", "पंजाब", "हरियाणा", "हिमाचल", "हिमाचल प्रदेश", "उत्तराखंड", "झारखंड", "छत्तीसगढ़", "ओडिशा",
    "पश्चिम बंगाल", "असम", "कर्नाटक", "केरल", "तमिलनाडु", "आंध्र प्रदेश", "तेलंगाना", "जम्मू-कश्मीर",
    "जम्मू कश्मीर", "गोवा", "दिल्ली", "up", "mp", "bihar", "rajasthan",
    "मध्यप्रदेश", "उत्तरप्रदेश", "हिमाचलप्रदेश",
)

# ---------------------------------------------------------------------------
# The shape of Hindi prose.

# Function words: their share of a line's words tells prose from titles and
# menus.
STOPWORDS: frozenset[str] = frozenset(
    """
    का की के को में से ने पर और है हैं था थी थे हो होगा होगी होंगे हुआ हुई हुए कि भी तो ही यह ये वह वे
    इस उस इन उन एक लिए साथ तक जो जब तब कर करने करते करता करती किया किए गया गई गए रहा रही रहे
    सकता सकती सकते जा जाता जाती जाते था। दिया दी दिए लिया ली लिये अपने अपनी अपना बहुत कुछ सभी
    नहीं न या एवं तथा अब फिर वहीं यहां यहाँ जहां जहाँ कहा बताया कहना बात बाद पहले दौरान उन्होंने
    उन्होने इसके उसके उनके इसकी उसकी उनकी इसमें उसमें जिसमें जिससे जिसे जिन्होंने किसी कोई कई
    वाले वाली वाला रूप लेकर बीच अन्य द्वारा ओर मे हे
    """.split()
)

# Last words of a finite Hindi clause: a line ending in one reads as a sentence.
CLAUSE_ENDINGS: frozenset[str] = frozenset(
    """
    है हैं था थी थे हो होगा होगी होंगे हुआ हुई हुए गया गई गए गयी गये रहा रही रहे सकता सकती सकते
    लिखा लिखी लिखे पूछा पूछी पूछे माना मानी माने रखा रखी रखे बताई बताए कही कहे दिखा दिखी दिखे
    चाहिए दिया दी दिए दिये किया की किए लिया ली लिए कहा बताया करें करेंगे करेगा करेगी जाएगा जाएगी
    जाएंगे जाता जाती जाते मिला मिली मिले आया आई आए पाया पाई जताया जताई बोले बोला बोली
    """.split()
)

# Words in parentheses that make a line an author's bio ("(लेखक ... हैं)").
AUTHOR_BIO_WORDS: tuple[str, ...] = (
    "लेखक", "लेखिका", "पत्रकार", "जर्नलिस्ट", "स्तंभकार", "author", "columnist", "writer", "इनपुट", "input",
    "एजेंसी", "शोधकर्ता", "प्रोफेसर", "प्राध्यापक", "विश्लेषक", "टिप्पणीकार", "researcher", "professor", "analyst",
    "लिखते", "लिखती", "writes", "journalist", "reporter", "रिपोर्टर", "संवाददाता", "correspondent", "संपादक", "editor",
)

# A print edition's jump: "शेष पेज 5 पर" where the story leaves its page, "पेज 1 का
# शेष" where it goes on, with other stories' text between (e-paper text).
PAGE_WORDS: tuple[str, ...] = ("पेज", "पृष्ठ", "page")
JUMP_OUT_WORDS: tuple[str, ...] = ("शेष", "बाकी", "बकाया")
JUMP_IN_WORDS: tuple[str, ...] = ("शेष", "आगे")

# Words an author's bio opens with ("लेखिका कोलकाता के एक महाविद्यालय में प्राध्यापक हैं।").
BIO_OPENINGS: tuple[str, ...] = ("लेखक", "लेखिका", "लेखकद्वय")

# Titles before a name ("डॉ. सुनीता पाण्डेय" over a column is its author).
HONORIFICS: tuple[str, ...] = ("डॉ.", "डॉ", "डा.", "प्रो.", "प्रोफेसर", "dr.", "prof.")

# Links to the next and the previous story: no section's name, even between two titles.
NEXT_PREVIOUS_WORDS: tuple[str, ...] = (
    "अगला", "अगली", "पिछला", "पिछली", "next", "previous", "prev", "older", "newer",
)

# Words that end as a participle does ("करते") but are nouns or adjectives.
NOT_PARTICIPLES: tuple[str, ...] = (
    "रास्ते", "वास्ते", "सस्ते", "पत्ते", "बस्ते", "खाते", "नाते", "दस्ते", "रिश्ते", "फरिश्ते", "आते-जाते", "हफ्ते",
)

# Postpositions: after a byline cue one makes it a noun ("रिपोर्ट की प्रमुख बातें").
POSTPOSITIONS: tuple[str, ...] = ("की", "के", "का", "में", "से", "पर", "ने", "को", "और")

# A bare subscribe button: it subscribes to what the line above offers.
SUBSCRIBE_BUTTONS: tuple[str, ...] = ("subscribe", "subscribe now", "सब्सक्राइब करें", "सब्सक्राइब")

# Weekdays: never a reporter's name in a dateline ("लखनऊ, सोमवार।").
WEEKDAYS: tuple[str, ...] = (
    "सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "बृहस्पतिवार", "शुक्रवार", "शनिवार", "रविवार", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday",
)

# Labels of question-and-answer lines, which are story text ("सवाल: ...").
QA_LABELS: tuple[str, ...] = (
    "सवाल", "जवाब", "प्रश्न", "उत्तर", "question", "answer", "q", "a", "सवाल-जवाब",
)

# Words a Hindi line cannot end on unless the sentence goes on: a line that a
# scraper hard-wrapped ends on one of these (or on a comma), a title never.
CONTINUATION_WORDS: frozenset[str] = frozenset(
    """
    का की के को में से ने पर और कि तथा एवं या व लिए साथ तक द्वारा जो जिसमें जिससे जिसे जिनके जिनकी
    लेकिन परंतु किंतु मगर क्योंकि ताकि यदि अगर इस उस इन उन एक बहुत
    """.split()
)

# Words no Hindi sentence or title opens with (an auxiliary verb, a
# postposition): a line that opens with one goes on the sentence of the line
# above, which a scraper broke ("... सुबह-शाम लंबा जाम लगता" / "है और ...").
CONTINUED_OPENINGS: frozenset[str] = frozenset(
    """
    है हैं था थी थे गया गई गए गयी रहा रही रहे सका सकी सके सकता सकती सकते चाहिए
    का की के को ने में से कि
    """.split()
)
