"""Articles written the way other Hindi publishers lay them out.

The dev set has 7 publishers; these samples follow the conventions of
others (Amar Ujala's सार/विस्तार, Jagran's agency datelines, NDTV's
"ये भी पढ़ें:" lists and syndication notes, BBC Hindi's image credits and
designations, Navbharat Times' highlights, listing pages, embedded posts).
The wording is ours; each line carries its expected label after " ## ".
"""

from __future__ import annotations

SAMPLES: dict[str, str] = {
    "amarujala": """
यूपी में भारी बारिश का अलर्ट, 24 जिलों में स्कूल बंद ## headline
न्यूज डेस्क, अमर उजाला, लखनऊ ## byline
Published by: अभिषेक कुमार ## byline
Updated Wed, 12 Jul 2023 09:15 AM IST ## meta
 ## blank
सार ## boilerplate:ui
मौसम विभाग ने प्रदेश के 24 जिलों में भारी बारिश की चेतावनी जारी की है और लोगों से घरों में रहने की अपील की है। ## standfirst
विस्तार ## boilerplate:ui
Follow Us ## boilerplate:social
उत्तर प्रदेश में लगातार हो रही बारिश से जनजीवन प्रभावित हुआ है। मौसम विभाग ने अगले 48 घंटों के लिए प्रदेश के कई जिलों में भारी बारिश का अलर्ट जारी किया है। ## body
विज्ञापन ## boilerplate:ad
जिलाधिकारियों ने एहतियात के तौर पर कक्षा 12 तक के सभी स्कूल बंद रखने के आदेश दिए हैं। प्रशासन ने निचले इलाकों में रहने वाले लोगों को सतर्क रहने को कहा है। ## body
नदियां खतरे के निशान के पार ## subhead
घाघरा और शारदा नदियां कई स्थानों पर खतरे के निशान से ऊपर बह रही हैं। बाढ़ प्रभावित गांवों में राहत शिविर लगाए गए हैं और नावों की व्यवस्था की गई है। ## body
यह भी पढ़ें: बाढ़ से निपटने के लिए सरकार ने बनाई नई कमेटी ## boilerplate:related
Link Copied ## boilerplate:share
""",
    "jagran": """
होम / दिल्ली / नई दिल्ली ## boilerplate:tags
दिल्ली में प्रदूषण से राहत नहीं, AQI 400 के पार पहुंचा ## headline
By Rajesh Kumar Edited By: Sonu Gupta ## byline
Publish Date: Mon, 06 Nov 2023 08:30 AM (IST) ## meta
HighLights ## boilerplate:ui
राजधानी की हवा लगातार गंभीर श्रेणी में ## standfirst
स्कूलों में दो दिन की छुट्टी घोषित ## standfirst
नई दिल्ली, जागरण संवाददाता। राजधानी में प्रदूषण का स्तर लगातार गंभीर श्रेणी में बना हुआ है। सोमवार सुबह कई इलाकों में एक्यूआई 450 के ऊपर दर्ज किया गया। ## body
पर्यावरण विशेषज्ञों का कहना है कि हवा की गति कम होने से प्रदूषक तत्व वातावरण में जमा हो रहे हैं। आने वाले दिनों में भी राहत की उम्मीद कम है। ## body
Tags: Delhi Pollution, AQI, दिल्ली प्रदूषण ## boilerplate:tags
""",
    "ndtv": """
PM मोदी आज करेंगे नए संसद भवन का उद्घाटन, 25 दलों ने किया बहिष्कार ## headline
Reported by: अखिलेश शर्मा, Edited by: प्रियंका ## byline
देश | शनिवार मई 27, 2023 09:12 PM IST ## meta
 ## blank
नई दिल्ली: प्रधानमंत्री नरेंद्र मोदी रविवार को नए संसद भवन का उद्घाटन करेंगे। इस मौके पर एक विशेष पूजा का आयोजन भी किया जाएगा। ## body
विपक्ष के 25 दलों ने समारोह के बहिष्कार का फैसला किया है। उनका कहना है कि उद्घाटन राष्ट्रपति के हाथों होना चाहिए था। ## body
ये भी पढ़ें: ## boilerplate:related
विपक्ष ने कहा- राष्ट्रपति से कराया जाए उद्घाटन ## boilerplate:related
मानसून की पहली बारिश से मुंबई की सड़कें जलमग्न ## boilerplate:related
सरकार ने कहा है कि समारोह में सभी दलों को आमंत्रित किया गया है और संसद सबकी है। ## body
(इस खबर को एनडीटीवी टीम ने संपादित नहीं किया है. यह सिंडीकेट फीड से सीधे प्रकाशित की गई है।) ## boilerplate:disclaimer
Featured Video Of The Day ## boilerplate:video
नए संसद भवन की पहली झलक, देखें वीडियो ## boilerplate:video
""",
    "bbc": """
चंद्रयान-3: चांद के दक्षिणी ध्रुव पर उतरने वाला पहला देश बना भारत ## headline
लेखक, दिलनवाज़ पाशा ## byline
पदनाम, बीबीसी संवाददाता ## byline
4 घंटे पहले ## meta
इमेज स्रोत, Getty Images ## caption
इमेज कैप्शन, बेंगलुरु में इसरो के नियंत्रण कक्ष में वैज्ञानिक ## caption
भारत का चंद्रयान-3 चांद के दक्षिणी ध्रुव के पास सफलतापूर्वक उतर गया है। ऐसा करने वाला भारत दुनिया का पहला देश बन गया है। ## body
इसरो के अध्यक्ष ने इसे पूरे देश की उपलब्धि बताया है। उन्होंने कहा कि यह हज़ारों वैज्ञानिकों की मेहनत का नतीजा है। ## body
प्रधानमंत्री ने भी वैज्ञानिकों को बधाई दी और उन्होंने ट्वीट कर अपनी ख़ुशी ज़ाहिर की। ## body
देश के लिए गर्व का क्षण। हमारे वैज्ञानिकों को बधाई! pic.twitter.com/AbC123xyz ## embed
— Narendra Modi (@narendramodi) August 23, 2023 ## embed
मिशन की सफलता के बाद दुनिया भर से भारत को शुभकामनाएं मिल रही हैं। ## body
(बीबीसी हिन्दी के एंड्रॉएड ऐप के लिए आप यहां क्लिक कर सकते हैं. आप हमें फ़ेसबुक, ट्विटर, इंस्टाग्राम और यूट्यूब पर फ़ॉलो भी कर सकते हैं.) ## boilerplate:social
""",
    "nbt": """
महंगाई से बड़ी राहत, जून में खुदरा महंगाई दर घटी ## headline
Curated by प्रियेश मिश्रा | नवभारतटाइम्स.कॉम | Updated: 12 Jul 2023, 9:15 am ## byline
हाइलाइट्स ## boilerplate:ui
• महंगाई दर जून में घटकर 4.8 फीसदी पर आई ## standfirst
• सब्जियों के दाम में गिरावट से मिली राहत ## standfirst
मुंबई: देश में खुदरा महंगाई दर जून महीने में घटकर 4.8 फीसदी पर आ गई है। सरकार की ओर से जारी आंकड़ों में यह जानकारी दी गई है। ## body
विशेषज्ञों के अनुसार आने वाले महीनों में भी महंगाई काबू में रहने की संभावना है। रिजर्व बैंक ब्याज दरों में बदलाव नहीं करेगा। ## body
Subscribe ## boilerplate:social
""",
    "listing": """
होम / राज्य / उत्तर प्रदेश ## boilerplate:tags
उत्तर प्रदेश की ताजा खबरें ## boilerplate:related
कानपुर में सड़क हादसे में तीन लोगों की मौत ## boilerplate:related
2 घंटे पहले ## meta
कानपुर देहात में तेज रफ्तार ट्रक ने बाइक सवारों को टक्कर मार दी। पुलिस ने मामले की जांच शुरू कर दी है। ## boilerplate:related
लखनऊ में मेट्रो का नया रूट जल्द शुरू होगा ## boilerplate:related
3 घंटे पहले ## meta
लखनऊ मेट्रो के दूसरे चरण का काम तेजी से चल रहा है। अधिकारियों ने बताया कि अगले साल तक रूट शुरू हो जाएगा। ## boilerplate:related
वाराणसी में गंगा का जलस्तर बढ़ा, घाट डूबे ## boilerplate:related
5 घंटे पहले ## meta
गंगा का जलस्तर लगातार बढ़ने से वाराणसी के कई घाट पानी में डूब गए हैं। प्रशासन ने नाव संचालन पर रोक लगा दी है। ## boilerplate:related
""",
    "agency": """
संसद में महंगाई पर हंगामा, कार्यवाही स्थगित ## headline
नई दिल्ली, 18 जुलाई (भाषा) ## dateline
विपक्षी दलों के हंगामे के कारण सोमवार को लोकसभा की कार्यवाही दोपहर दो बजे तक के लिए स्थगित कर दी गई। विपक्षी सदस्य महंगाई पर चर्चा की मांग कर रहे थे। ## body
लोकसभा अध्यक्ष ने सदस्यों से शांत रहने की अपील की, लेकिन हंगामा जारी रहा। ## body
(इनपुट: भाषा) ## byline
""",
    "aajtak": """
तेल कंपनियों ने आज जारी किए नए रेट, जानिए अपने शहर का भाव ## headline
स्टोरी हाइलाइट्स ## boilerplate:ui
• पेट्रोल-डीजल के दाम लगातार पांचवें दिन स्थिर ## standfirst
तेल कंपनियों ने आज सुबह पेट्रोल और डीजल के नए रेट जारी कर दिए हैं और दाम में कोई बदलाव नहीं किया है। ## standfirst
aajtak.in ## byline
नई दिल्ली, 12 जुलाई 2023, (अपडेटेड 12 जुलाई 2023, 10:30 AM IST) ## meta
देश में पेट्रोल और डीजल की कीमतें लगातार पांचवें दिन स्थिर बनी हुई हैं। राजधानी दिल्ली में पेट्रोल 96.72 रुपये प्रति लीटर बिक रहा है। ## body
“हम आम लोगों पर बोझ नहीं डालना चाहते” ## body
इन शहरों में ऐसे जानें भाव ## subhead
1. अपने शहर का भाव जानने के लिए एसएमएस भेजें ## body
2. तेल कंपनियों की वेबसाइट पर नए रेट देखें ## body
तेल कंपनियां हर दिन सुबह छह बजे नए भाव जारी करती हैं। इसके बाद ही पेट्रोल पंपों पर नए रेट लागू होते हैं। ## body
""",
    "wire": """
मानसून सत्र से पहले सर्वदलीय बैठक बुलाएगी सरकार ## headline
नयी दिल्ली, 12 जुलाई (वार्ता) केंद्र सरकार संसद के मानसून सत्र से पहले सर्वदलीय बैठक बुलाएगी। बैठक में सत्र के सुचारु संचालन पर चर्चा होगी। ## body
संसदीय कार्य मंत्री ने कहा कि सरकार सभी मुद्दों पर चर्चा के लिए तैयार है। ## body
(भाषा) ## byline
""",
    "fullpage": """
होम ## boilerplate:navigation
ताज़ा खबरें ## boilerplate:navigation
देश ## boilerplate:navigation
लोकसभा चुनाव 2024 लाइव अपडेट ## boilerplate:navigation
मनोरंजन ## boilerplate:navigation
ई-पेपर ## boilerplate:navigation
Hindi News / राज्य / उत्तर प्रदेश ## boilerplate:tags
लखनऊ में भीषण गर्मी, पारा 45 डिग्री के पार पहुंचा ## headline
Written By: रवि श्रीवास्तव ## byline
Last Updated: June 12, 2024, 10:30 IST ## meta
लखनऊ: राजधानी में बुधवार को भीषण गर्मी ने लोगों का हाल बेहाल कर दिया। दोपहर में पारा 45 डिग्री सेल्सियस के पार पहुंच गया। ## body
मौसम विभाग ने अगले तीन दिनों तक लू चलने की चेतावनी जारी की है। लोगों को दोपहर में घर से न निकलने की सलाह दी गई है। ## body
अस्पतालों में बढ़े मरीज ## subhead
गर्मी के कारण अस्पतालों में उल्टी और दस्त के मरीजों की संख्या बढ़ गई है। डॉक्टरों ने खूब पानी पीने की सलाह दी है। ## body
Tags: lucknow weather, heatwave ## boilerplate:tags
संबंधित खबरें ## boilerplate:related
कानपुर में भी पारा 44 डिग्री के पार ## boilerplate:related
प्रयागराज में लू से दो लोगों की मौत ## boilerplate:related
About Us ## boilerplate:navigation
Contact Us ## boilerplate:navigation
Privacy Policy ## boilerplate:navigation
© 2024 Example Media Pvt Ltd. All rights reserved. ## boilerplate:copyright
""",
}


def parse_sample(sample: str) -> tuple[str, list[str]]:
    """The raw text of a sample and the expected label of each of its lines."""
    lines, labels = [], []
    for row in sample.strip("\n").split("\n"):
        text, _, label = row.rpartition(" ## ")
        lines.append(text)
        labels.append(label.strip())
    return "\n".join(lines), labels
