<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../../stopncii_desktop/gui/pages/choose.py" line="+52"/>
        <location line="+83"/>
        <source>Choose photos and videos</source>
        <extracomment>Folders are walked no deeper than this many files (a guard against choosing a whole disk).</extracomment>
        <translation>اختيار الصور ومقاطع الفيديو</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Choose the pictures to make fingerprints of. Nothing is sent yet.</source>
        <translation>اختر الصور التي تريد صنع بصمات رقمية لها. لم يُرسَل أي شيء بعد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the photos and videos you want to protect: pick files, a whole folder, drag them here, or type a path. Nothing leaves this computer at this step.</source>
        <translation>أضف الصور ومقاطع الفيديو التي تريد حمايتها: اختر ملفات أو مجلدًا كاملًا، أو اسحبها إلى هنا، أو اكتب مسارها. لا يخرج أي شيء من هذا الحاسوب في هذه الخطوة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to choose</source>
        <translation>طريقة الاختيار</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;photos or videos…</source>
        <translation>إضافة &amp;صور أو مقاطع فيديو…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a window to pick one or more photo or video files.</source>
        <translation>يفتح نافذة لاختيار ملف صورة أو فيديو واحد أو أكثر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a &amp;folder…</source>
        <translation>إضافة &amp;مجلد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a window to pick a folder; every photo and video in it is added.</source>
        <translation>يفتح نافذة لاختيار مجلد؛ تُضاف كل الصور ومقاطع الفيديو التي فيه.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Path of a file or folder</source>
        <translation>مسار ملف أو مجلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or paste the path of a photo, a video or a folder, then press Enter.</source>
        <translation>اكتب أو الصق مسار صورة أو فيديو أو مجلد، ثم اضغط Enter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or type a path here and press Enter</source>
        <translation>أو اكتب مسارًا هنا واضغط Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;dd this path</source>
        <translation>إ&amp;ضافة هذا المسار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adds the file or folder typed in the box.</source>
        <translation>يضيف الملف أو المجلد المكتوب في المربع.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chosen files</source>
        <translation>الملفات المختارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files that will get a fingerprint, and any that will be skipped.</source>
        <translation>الملفات التي ستُصنع لها بصمة رقمية، وأي ملفات سيجري تخطيها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary</source>
        <translation>ملخص</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the first page.</source>
        <translation>العودة إلى الصفحة الأولى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove selected</source>
        <translation>إ&amp;زالة المحدد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Takes the selected files off the list.</source>
        <translation>يزيل الملفات المحددة من القائمة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear list</source>
        <translation>م&amp;سح القائمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Empties the list of files.</source>
        <translation>يفرغ قائمة الملفات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Make fingerprints</source>
        <translation>صنع ال&amp;بصمات الرقمية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes a fingerprint of each chosen file, on this computer.</source>
        <translation>يصنع بصمة رقمية لكل ملف مختار، على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Photos and videos (%1);;All files (*)</source>
        <translation>الصور ومقاطع الفيديو (%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a folder</source>
        <translation>اختيار مجلد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was found at that path. Check it and try again.</source>
        <translation>لم يُعثر على أي شيء في هذا المسار. تحقق منه وحاول مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n file(s) chosen, %1 in all.</source>
        <translation>
            <numerusform>لم يُختر أي ملف، والحجم الكلي %1.</numerusform>
            <numerusform>اختير ملف واحد، والحجم الكلي %1.</numerusform>
            <numerusform>اختير ملفان، والحجم الكلي %1.</numerusform>
            <numerusform>اختيرت %n ملفات، والحجم الكلي %1.</numerusform>
            <numerusform>اختير %n ملفًا، والحجم الكلي %1.</numerusform>
            <numerusform>اختير %n ملف، والحجم الكلي %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) will be skipped because they are not photos or videos.</source>
        <translation>
            <numerusform>لن يجري تخطي أي ملف.</numerusform>
            <numerusform>سيجري تخطي ملف واحد لأنه ليس صورة أو فيديو.</numerusform>
            <numerusform>سيجري تخطي ملفين لأنهما ليسا صورًا أو مقاطع فيديو.</numerusform>
            <numerusform>سيجري تخطي %n ملفات لأنها ليست صورًا أو مقاطع فيديو.</numerusform>
            <numerusform>سيجري تخطي %n ملفًا لأنها ليست صورًا أو مقاطع فيديو.</numerusform>
            <numerusform>سيجري تخطي %n ملف لأنها ليست صورًا أو مقاطع فيديو.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../stopncii_desktop/gui/pages/review.py" line="+30"/>
        <source>Exactly what will be sent</source>
        <translation>ما سيُرسَل بالضبط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is everything that will leave this computer: fingerprints only. No pictures, file names, places or dates.</source>
        <translation>هذا كل ما سيخرج من هذا الحاسوب: البصمات الرقمية فقط. لا صور، ولا أسماء ملفات، ولا أماكن، ولا تواريخ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About this document</source>
        <translation>عن هذا المستند</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fingerprints that will be sent, as the bank will receive them.</source>
        <translation>البصمات الرقمية التي ستُرسَل، كما سيستلمها البنك.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closes this window.</source>
        <translation>يغلق هذه النافذة.</translation>
    </message>
</context>
<context>
    <name>HashingPage</name>
    <message>
        <location filename="../../stopncii_desktop/gui/pages/hashing.py" line="+29"/>
        <source>Making fingerprints</source>
        <extracomment>Jobs let go by a wipe, kept alive until their thread ends.</extracomment>
        <translation>جارٍ صنع البصمات الرقمية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app is making a fingerprint of each file, on this computer.</source>
        <translation>يصنع التطبيق بصمة رقمية لكل ملف، على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This happens on this computer. Nothing is sent. You can stop at any time.</source>
        <translation>يجري هذا على هذا الحاسوب. لا يُرسَل أي شيء. يمكنك التوقف في أي وقت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is happening</source>
        <translation>ما يجري الآن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How much of the work is done.</source>
        <translation>مقدار ما أُنجز من العمل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files done</source>
        <translation>الملفات المنجزة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>الوقت المتبقي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line per file: done, or what went wrong.</source>
        <translation>سطر لكل ملف: أُنجز، أو ما الخطأ الذي حدث.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Stop</source>
        <translation>إي&amp;قاف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stops making fingerprints. Files already done are kept.</source>
        <translation>يوقف صنع البصمات الرقمية. يُحتفظ بالملفات التي أُنجزت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Review</source>
        <translation>&amp;مراجعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Look at the results before anything is sent.</source>
        <translation>الاطلاع على النتائج قبل إرسال أي شيء.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to the files</source>
        <translation>&amp;رجوع إلى الملفات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back and change the chosen files.</source>
        <translation>العودة لتغيير الملفات المختارة.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 files done</source>
        <translation>الملفات المنجزة: %1 من %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time left: %1</source>
        <translation>الوقت المتبقي: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: done, but low quality</source>
        <translation>%1: أُنجز، لكن الجودة منخفضة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: done</source>
        <translation>%1: أُنجز</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Stopped. %n file(s) were finished and can be reviewed.</source>
        <translation>
            <numerusform>توقف العمل. لم يكتمل أي ملف.</numerusform>
            <numerusform>توقف العمل. اكتمل ملف واحد ويمكن مراجعته.</numerusform>
            <numerusform>توقف العمل. اكتمل ملفان ويمكن مراجعتهما.</numerusform>
            <numerusform>توقف العمل. اكتملت %n ملفات ويمكن مراجعتها.</numerusform>
            <numerusform>توقف العمل. اكتمل %n ملفًا ويمكن مراجعتها.</numerusform>
            <numerusform>توقف العمل. اكتمل %n ملف ويمكن مراجعتها.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finished.</source>
        <translation>اكتمل.</translation>
    </message>
</context>
<context>
    <name>LogWindow</name>
    <message>
        <location filename="../../stopncii_desktop/gui/log_window.py" line="+57"/>
        <location line="+1"/>
        <source>Log</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the app did in this session. Kept in memory only, never saved.</source>
        <translation>ما فعله التطبيق في هذه الجلسة. يبقى في الذاكرة فقط ولا يُحفظ أبدًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log lines</source>
        <translation>أسطر السجل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each line is one thing the app did. No file names or hashes are shown.</source>
        <translation>كل سطر شيء واحد فعله التطبيق. لا تظهر أسماء الملفات ولا البصمات الرقمية.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the log</source>
        <translation>إغلاق السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window.</source>
        <translation>يغلق هذه النافذة.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../stopncii_desktop/gui/window.py" line="+41"/>
        <location line="+51"/>
        <source>StopNCII Desktop</source>
        <translation>StopNCII Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes fingerprints of your pictures on this computer.</source>
        <translation>يصنع بصمات رقمية لصورك على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PRACTICE MODE: nothing is sent to a real bank.</source>
        <translation>وضع التدريب: لا يُرسَل أي شيء إلى بنك حقيقي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practice mode</source>
        <translation>وضع التدريب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice mode is on: fingerprints go to a practice server on this computer, not to a real bank. Nothing is protected.</source>
        <translation>وضع التدريب مُفعَّل: تذهب البصمات الرقمية إلى خادم تدريب على هذا الحاسوب، لا إلى بنك حقيقي. لا يحمي هذا أي شيء.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lo&amp;g</source>
        <translation>الس&amp;جل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows what the app did in this session (kept in memory only).</source>
        <translation>يعرض ما فعله التطبيق في هذه الجلسة (في الذاكرة فقط).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;ttings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank, language, extra fingerprints and caseworker mode.</source>
        <translation>البنك، واللغة، والبصمات الرقمية الإضافية، ووضع مسؤول الحالات.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next client</source>
        <translation>المستفيد ال&amp;تالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgets everything about this client and goes back to the start.</source>
        <translation>ينسى كل شيء عن هذا المستفيد ويعود إلى البداية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quick exit</source>
        <translation>&amp;خروج سريع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes the app at once and forgets everything. Escape twice does the same.</source>
        <translation>يغلق التطبيق فورًا وينسى كل شيء. الضغط على Escape مرتين يفعل الشيء نفسه.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 – StopNCII Desktop</source>
        <translation>%1 – StopNCII Desktop</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../stopncii_desktop/gui/settings_profiles.py" line="+107"/>
        <source>Bank profile</source>
        <translation>ملف تعريف البنك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New bank profile</source>
        <translation>ملف تعريف بنك جديد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where fingerprints are sent: the bank&apos;s kind, address and access.</source>
        <translation>الجهة التي تُرسَل إليها البصمات الرقمية: نوع البنك وعنوانه وطريقة الوصول إليه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your organisation or the bank gives you these details. Ask them if you are not sure.</source>
        <translation>تعطيك مؤسستك أو البنك هذه التفاصيل. اسألهم إن لم تكن متأكدًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About bank profiles</source>
        <translation>عن ملفات تعريف البنوك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A name for this bank, to recognise it.</source>
        <translation>اسم لهذا البنك، لتتعرف عليه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of bank</source>
        <translation>نوع البنك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HMA is Meta&apos;s Hasher-Matcher-Actioner; a case API keeps cases by token.</source>
        <translation>HMA هو نظام Hasher-Matcher-Actioner من Meta؛ أما case API فيحفظ الحالات برمز الحالة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bank&apos;s address, starting with https://</source>
        <translation>عنوان البنك، ويبدأ بـ https://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://bank.example.org</source>
        <translation>https://bank.example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank name</source>
        <translation>اسم البنك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For HMA: the bank&apos;s name in capitals, for example NCII_CASES.</source>
        <translation>لنظام HMA: اسم البنك بأحرف لاتينية كبيرة، مثل NCII_CASES.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access token</source>
        <translation>رمز الوصول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the bearer token the bank gave you. It is kept in the settings.</source>
        <translation>اختياري: رمز الوصول (bearer token) الذي أعطاك إياه البنك. يُحفظ في الإعدادات.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key pin</source>
        <translation>تثبيت المفتاح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: the SHA-256 of the bank&apos;s public key. With a pin, the app talks only to that exact server.</source>
        <translation>اختياري: قيمة SHA-256 للمفتاح العام للبنك. عند تحديدها لا يتصل التطبيق إلا بذلك الخادم بعينه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bank name:</source>
        <translation>اسم ال&amp;بنك:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access &amp;token:</source>
        <translation>رمز ال&amp;وصول:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key &amp;pin:</source>
        <translation>تثبيت ال&amp;مفتاح:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keeps this profile if it is complete.</source>
        <translation>يحفظ ملف التعريف هذا إن كان مكتملًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closes without changing anything.</source>
        <translation>يغلق دون تغيير أي شيء.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is already a bank profile with this name.</source>
        <translation>يوجد ملف تعريف بنك بهذا الاسم بالفعل.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../stopncii_desktop/gui/i18n.py" line="+44"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>إهمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../stopncii_desktop/gui/pages/review.py" line="+12"/>
        <source>Check before anything is sent</source>
        <translation>المراجعة قبل إرسال أي شيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose which files to protect. The pictures are blurred.</source>
        <translation>اختر الملفات التي تريد حمايتها. الصور مموَّهة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pictures are blurred so nobody sees them by accident. Untick a file to leave it out. Select one and press Reveal to see it clearly.</source>
        <translation>الصور مموَّهة حتى لا يراها أحد مصادفةً. أزل العلامة عن ملف لاستبعاده. حدد ملفًا واضغط «إظهار» لتراه بوضوح.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to review</source>
        <translation>طريقة المراجعة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files with fingerprints</source>
        <translation>الملفات ذات البصمات الرقمية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One entry per file. Space ticks or unticks the selected file; ticked files will be sent.</source>
        <translation>عنصر لكل ملف. مفتاح المسافة يضع العلامة على الملف المحدد أو يزيلها؛ الملفات المعلَّمة هي التي ستُرسَل.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About the selected file</source>
        <translation>عن الملف المحدد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>ملخص</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+97"/>
        <source>Re&amp;veal this picture</source>
        <translation>إ&amp;ظهار هذه الصورة</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Shows the selected picture clearly, or blurs it again.</source>
        <translation>يُظهر الصورة المحددة بوضوح، أو يموّهها من جديد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+110"/>
        <source>Reveal &amp;all</source>
        <translation>إظهار ال&amp;كل</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Shows all pictures clearly, or blurs them all again.</source>
        <translation>يُظهر كل الصور بوضوح، أو يموّهها كلها من جديد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+97"/>
        <source>&amp;Leave this one out</source>
        <translation>&amp;استبعاد هذا الملف</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Leaves the selected file out of what is sent, or puts it back.</source>
        <translation>يستبعد الملف المحدد مما سيُرسَل، أو يعيده.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;exactly what will be sent</source>
        <translation>عرض ما سيُرسَل &amp;بالضبط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the document that will leave this computer, to read it.</source>
        <translation>يفتح المستند الذي سيخرج من هذا الحاسوب لقراءته.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the chosen files; the fingerprints are kept.</source>
        <translation>العودة إلى الملفات المختارة؛ يُحتفظ بالبصمات الرقمية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Continue: send or save</source>
        <translation>&amp;متابعة: الإرسال أو الحفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on to choose whether to send the fingerprints or save them to a file.</source>
        <translation>المتابعة لاختيار إرسال البصمات الرقمية أو حفظها في ملف.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Blur this &amp;picture</source>
        <translation>تمويه هذه ال&amp;صورة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Put this one back</source>
        <translation>إعادة هذا المل&amp;ف</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Blur &amp;all</source>
        <translation>تمويه ال&amp;كل</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) will be protected.</source>
        <translation>
            <numerusform>لن يُحمى أي ملف.</numerusform>
            <numerusform>سيُحمى ملف واحد.</numerusform>
            <numerusform>سيُحمى ملفان.</numerusform>
            <numerusform>ستُحمى %n ملفات.</numerusform>
            <numerusform>سيُحمى %n ملفًا.</numerusform>
            <numerusform>سيُحمى %n ملف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>لا توجد ملفات تعذّرت قراءتها.</numerusform>
            <numerusform>تعذّرت قراءة ملف واحد.</numerusform>
            <numerusform>تعذّرت قراءة ملفين.</numerusform>
            <numerusform>تعذّرت قراءة %n ملفات.</numerusform>
            <numerusform>تعذّرت قراءة %n ملفًا.</numerusform>
            <numerusform>تعذّرت قراءة %n ملف.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsConnection</name>
    <message>
        <location filename="../../stopncii_desktop/gui/settings_connection.py" line="+42"/>
        <source>The server answered, but it has no bank named %1.</source>
        <translation>استجاب الخادم، لكن لا يوجد فيه بنك باسم %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The bank answered. This profile works.</source>
        <translation>استجاب البنك. ملف التعريف هذا يعمل.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../stopncii_desktop/gui/pages/settings.py" line="+53"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Banks, language, extra fingerprints and caseworker mode.</source>
        <translation>البنوك، واللغة، والبصمات الرقمية الإضافية، ووضع مسؤول الحالات.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to where you were. Settings are already saved.</source>
        <translation>العودة إلى حيث كنت. الإعدادات محفوظة بالفعل.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source>Banks</source>
        <translation>البنوك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where fingerprints can be sent. Without a bank you can still save a file.</source>
        <translation>الجهات التي يمكن إرسال البصمات الرقمية إليها. حتى دون بنك، يمكنك حفظ ملف.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No bank is set up. You can still make fingerprints, save them to a file, and practise sending. Your organisation may give you a profile file to open here.</source>
        <translation>لم يُعَدّ أي بنك بعد. ما زال بإمكانك صنع البصمات الرقمية، وحفظها في ملف، والتدرب على الإرسال. قد تعطيك مؤسستك ملف تعريف لتفتحه هنا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No bank</source>
        <translation>لا يوجد بنك</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bank profiles</source>
        <translation>ملفات تعريف البنوك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line per bank. The one marked is used for sending.</source>
        <translation>سطر لكل بنك. البنك المعلَّم هو الذي يُستخدم للإرسال.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add a bank…</source>
        <translation>إضافة &amp;بنك…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set up a new bank profile.</source>
        <translation>إعداد ملف تعريف جديد لبنك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>تع&amp;ديل…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the selected bank profile.</source>
        <translation>تغيير ملف تعريف البنك المحدد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected bank profile.</source>
        <translation>حذف ملف تعريف البنك المحدد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use for sending</source>
        <translation>&amp;استخدامه للإرسال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send fingerprints to the selected bank.</source>
        <translation>إرسال البصمات الرقمية إلى البنك المحدد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test connect&amp;ion</source>
        <translation>اختبار الات&amp;صال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the selected bank whether it answers. Nothing of yours is sent.</source>
        <translation>يسأل البنك المحدد إن كان يستجيب. لا يُرسَل أي شيء يخصك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open a profile file…</source>
        <translation>&amp;فتح ملف تعريف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the bank profiles in a file your organisation gave you.</source>
        <translation>يضيف ملفات تعريف البنوك الموجودة في ملف أعطتك إياه مؤسستك.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+1"/>
        <location line="+6"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The language of the app.</source>
        <translation>لغة التطبيق.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the language of the app. It changes at once.</source>
        <translation>اختر لغة التطبيق. تتغير فورًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as this computer</source>
        <translation>مثل لغة هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Options</source>
        <translation>خيارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra fingerprints and caseworker mode.</source>
        <translation>البصمات الرقمية الإضافية ووضع مسؤول الحالات.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also fingerprint turned and mirrored copies of &amp;photos</source>
        <translation>صنع بصمات أيضًا لل&amp;نسخ المدوَّرة والمعكوسة من الصور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turned and mirrored copies</source>
        <translation>النسخ المدوَّرة والمعكوسة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also makes fingerprints of each photo turned and mirrored, so copies that were turned or flipped can be matched. Takes longer.</source>
        <translation>يصنع أيضًا بصمات رقمية لكل صورة بعد تدويرها وعكسها، حتى يمكن مطابقة النسخ التي دُوِّرت أو قُلبت. يستغرق وقتًا أطول.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Caseworker mode</source>
        <translation>وضع مسؤول ال&amp;حالات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caseworker mode</source>
        <translation>وضع مسؤول الحالات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For organisations helping one person after another: a Next client button forgets everything about a person, and pictures stay blurred.</source>
        <translation>للمؤسسات التي تساعد شخصًا بعد آخر: زر «المستفيد التالي» ينسى كل شيء عن الشخص، وتبقى الصور مموَّهة.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The saved settings could not be read, so the defaults are used: %1</source>
        <translation>تعذّرت قراءة الإعدادات المحفوظة، لذا تُستخدم الإعدادات الافتراضية: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved the bank profile %1.</source>
        <translation>حُفظ ملف تعريف البنك %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Removed the bank profile %1.</source>
        <translation>أُزيل ملف تعريف البنك %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fingerprints will be sent to %1.</source>
        <translation>ستُرسَل البصمات الرقمية إلى %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>Open a bank profile file</source>
        <translation>فتح ملف تعريف بنك</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Bank profiles (*.json);;All files (*)</source>
        <translation>ملفات تعريف البنوك (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the profile file your organisation gave you.</source>
        <translation>اختر ملف التعريف الذي أعطتك إياه مؤسستك.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This profile file was not used: %1</source>
        <translation>لم يُستخدم ملف التعريف هذا: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Added %n bank profile(s): %1.</source>
        <translation>
            <numerusform>لم يُضف أي ملف تعريف: %1.</numerusform>
            <numerusform>أُضيف ملف تعريف واحد: %1.</numerusform>
            <numerusform>أُضيف ملفا تعريف: %1.</numerusform>
            <numerusform>أُضيفت %n ملفات تعريف: %1.</numerusform>
            <numerusform>أُضيف %n ملف تعريف: %1.</numerusform>
            <numerusform>أُضيف %n ملف تعريف: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asking the bank…</source>
        <translation>جارٍ سؤال البنك…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The test failed: %1</source>
        <translation>فشل الاختبار: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
</context>
<context>
    <name>SettingsProfiles</name>
    <message>
        <location filename="../../stopncii_desktop/gui/settings_profiles.py" line="-157"/>
        <source>HMA hash bank</source>
        <translation>بنك بصمات HMA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case API</source>
        <translation>case API</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: %2 at %3</source>
        <translation>%1: %2 على %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(bank %1)</source>
        <translation>(البنك %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(used for sending)</source>
        <translation>(يُستخدم للإرسال)</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <location filename="../../stopncii_desktop/gui/settings_store.py" line="+70"/>
        <source>The settings could not be saved (%1).</source>
        <extracomment>A profile file larger than this is not a profile file.</extracomment>
        <translation>تعذّر حفظ الإعدادات (%1).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The file could not be opened (%1).</source>
        <translation>تعذّر فتح الملف (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is too large to be a profile.</source>
        <translation>هذا الملف أكبر من أن يكون ملف تعريف.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a bank profile file (it is not JSON text).</source>
        <translation>هذا ليس ملف تعريف بنك (ليس نص JSON).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file holds no bank profile.</source>
        <translation>لا يحتوي هذا الملف على أي ملف تعريف بنك.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message numerus="yes">
        <location filename="../../stopncii_desktop/gui/texts.py" line="+61"/>
        <source>about %n second(s)</source>
        <translation>
            <numerusform>أقل من ثانية</numerusform>
            <numerusform>نحو ثانية واحدة</numerusform>
            <numerusform>نحو ثانيتين</numerusform>
            <numerusform>نحو %n ثوانٍ</numerusform>
            <numerusform>نحو %n ثانية</numerusform>
            <numerusform>نحو %n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>أقل من دقيقة</numerusform>
            <numerusform>نحو دقيقة واحدة</numerusform>
            <numerusform>نحو دقيقتين</numerusform>
            <numerusform>نحو %n دقائق</numerusform>
            <numerusform>نحو %n دقيقة</numerusform>
            <numerusform>نحو %n دقيقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../stopncii_desktop/gui/pages/welcome.py" line="+22"/>
        <source>Protect your pictures from being shared</source>
        <translation>احمِ صورك من النشر دون موافقتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first page: what this app does and does not do.</source>
        <translation>الصفحة الأولى: ما يفعله هذا التطبيق وما لا يفعله.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This app makes a fingerprint (a hash) of each photo or video you choose. It does this here, on this computer. Your pictures never leave it: only the fingerprints are sent, and only when you say so.</source>
        <translation>يصنع هذا التطبيق بصمة رقمية (hash) لكل صورة أو مقطع فيديو تختاره. ويفعل ذلك هنا، على هذا الحاسوب. صورك لا تغادره أبدًا: تُرسَل البصمات الرقمية وحدها، وفقط عندما تطلب ذلك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the app does</source>
        <translation>ما يفعله التطبيق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Platforms that use the hash bank can then block uploads that match your fingerprints. Platforms that do not use it cannot. The app cannot remove pictures that are already posted.</source>
        <translation>بعد ذلك تستطيع المنصات التي تستخدم بنك البصمات منع رفع ما يطابق بصماتك الرقمية. أما المنصات التي لا تستخدمه فلا تستطيع. ولا يستطيع التطبيق إزالة صور نُشرت من قبل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the app cannot do</source>
        <translation>ما لا يستطيع التطبيق فعله</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is for adults, for pictures of themselves.</source>
        <translation>هذا التطبيق للبالغين، لصورهم هم أنفسهم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who the app is for</source>
        <translation>لمن هذا التطبيق</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Were you under 18 in the pictures? Then please use Take It Down from NCMEC instead: %1. It is free and made for this. You can also talk to a helpline in your country, or to an adult you trust.</source>
        <translation>هل كان عمرك أقل من 18 عامًا في هذه الصور؟ إذن يُرجى استخدام خدمة Take It Down من NCMEC بدلًا من ذلك: %1 . إنها مجانية ومصممة لهذا الغرض. ويمكنك أيضًا التحدث إلى خط مساعدة في بلدك، أو إلى شخص بالغ تثق به.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If you were under 18</source>
        <translation>إذا كان عمرك أقل من 18 عامًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures taken when you were under 18: use NCMEC&apos;s Take It Down at takeitdown.ncmec.org, or a helpline.</source>
        <translation>الصور الملتقطة حين كان عمرك أقل من 18 عامًا: استخدم خدمة Take It Down من NCMEC على takeitdown.ncmec.org، أو اتصل بخط مساعدة.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Start: choose photos and videos</source>
        <translation>&amp;البدء: اختيار الصور ومقاطع الفيديو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next step, where you choose the pictures to protect.</source>
        <translation>الانتقال إلى الخطوة التالية لاختيار الصور التي تريد حمايتها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check or &amp;withdraw a case</source>
        <translation>التحقق من حالة أو &amp;سحبها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a case token or open a saved receipt to see or withdraw a case.</source>
        <translation>أدخل رمز الحالة أو افتح إيصالًا محفوظًا لمعرفة حالتها أو سحبها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send a saved &amp;file</source>
        <translation>إرسال &amp;ملف محفوظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a file of fingerprints saved earlier, perhaps on another computer.</source>
        <translation>فتح ملف بصمات رقمية حُفظ من قبل، ربما على حاسوب آخر.</translation>
    </message>
</context>
</TS>
