<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BanksPanel</name>
    <message>
        <location filename="../../gui/panels/banks.py" line="+85"/>
        <location line="+3"/>
        <source>Banks</source>
        <translation>البنوك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where fingerprints can be sent. Without a bank you can still save a file.</source>
        <translation>الجهات التي يمكن إرسال البصمات الرقمية إليها. حتى دون بنك، يمكنك حفظ ملف.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No bank is set up. You can still make fingerprints, save them to a file, and practise sending. Your organisation may give you a profile file to open here.</source>
        <translation>لم يُعَدّ أي بنك بعد. ما زال بإمكانك صنع البصمات الرقمية، وحفظها في ملف، والتدرب على الإرسال. قد تعطيك مؤسستك ملف تعريف لتفتحه هنا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No bank</source>
        <translation>لا يوجد بنك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank profiles</source>
        <translation>ملفات تعريف البنوك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line per bank. The one marked is used for sending.</source>
        <translation>سطر لكل بنك. البنك المعلَّم هو الذي يُستخدم للإرسال.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+3"/>
        <source>&amp;Use for sending</source>
        <translation>&amp;استخدامه للإرسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send fingerprints to the selected bank.</source>
        <translation>إرسال البصمات الرقمية إلى البنك المحدد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test connect&amp;ion</source>
        <translation>اختبار الات&amp;صال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the selected bank whether it answers. Nothing of yours is sent.</source>
        <translation>يسأل البنك المحدد إن كان يستجيب. لا يُرسَل أي شيء يخصك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open a profile file…</source>
        <translation>&amp;فتح ملف تعريف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the bank profiles in a file your organisation gave you.</source>
        <translation>يضيف ملفات تعريف البنوك الموجودة في ملف أعطتك إياه مؤسستك.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Saved the bank profile %1.</source>
        <translation>حُفظ ملف تعريف البنك %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A bank was saved in the settings.</source>
        <translation>حُفظ بنك في الإعدادات.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove this bank?</source>
        <translation>هل تريد إزالة هذا البنك؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the bank profile %1? Its address and access token are deleted.</source>
        <translation>هل تريد إزالة ملف تعريف البنك %1؟ سيُحذف عنوانه ورمز الوصول الخاص به.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletes the bank profile.</source>
        <translation>يحذف ملف تعريف البنك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps the bank profile.</source>
        <translation>يُبقي على ملف تعريف البنك.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed the bank profile %1.</source>
        <translation>أُزيل ملف تعريف البنك %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A bank was removed from the settings.</source>
        <translation>أُزيل بنك من الإعدادات.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fingerprints will be sent to %1.</source>
        <translation>ستُرسَل البصمات الرقمية إلى %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a bank profile file</source>
        <translation>فتح ملف تعريف بنك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the profile file your organisation gave you.</source>
        <translation>اختر ملف التعريف الذي أعطتك إياه مؤسستك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank profiles (*.json);;All files (*)</source>
        <translation>ملفات تعريف البنوك (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This profile file was not used: %1</source>
        <translation>لم يُستخدم ملف التعريف هذا: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file of bank settings was not taken: the app cannot read it.</source>
        <translation>لم يُقبل ملف إعدادات البنوك: لا يستطيع التطبيق قراءته.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
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
    <message numerus="yes">
        <location line="+2"/>
        <source>A file of bank settings added %n bank(s).</source>
        <translation>
            <numerusform>لم يُضف ملف إعدادات البنوك أي بنك.</numerusform>
            <numerusform>أضاف ملف إعدادات البنوك بنكًا واحدًا.</numerusform>
            <numerusform>أضاف ملف إعدادات البنوك بنكين.</numerusform>
            <numerusform>أضاف ملف إعدادات البنوك %n بنوك.</numerusform>
            <numerusform>أضاف ملف إعدادات البنوك %n بنكًا.</numerusform>
            <numerusform>أضاف ملف إعدادات البنوك %n بنك.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asking the bank…</source>
        <translation>جارٍ سؤال البنك…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The test failed: %1</source>
        <translation>فشل الاختبار: %1</translation>
    </message>
</context>
<context>
    <name>CaseChoice</name>
    <message>
        <location filename="../../gui/panels/case_choice.py" line="+51"/>
        <source>Case token</source>
        <extracomment>Shows a sentence on the page&apos;s result line (made again after a language change). A receipt now names the case (what was shown of the last one no longer holds). The receipts kept on this computer, as listed.</extracomment>
        <translation>رمز الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the case token, in groups of four, then press Enter.</source>
        <translation>اكتب رمز الحالة، في مجموعات من أربعة أحرف، ثم اضغط Enter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case token, for example 7K3M-QX2A-…</source>
        <translation>رمز الحالة، مثلًا 7K3M-QX2A-…‎</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open a saved receipt…</source>
        <translation>&amp;فتح إيصال محفوظ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a receipt file saved after sending.</source>
        <translation>يفتح ملف إيصال حُفظ بعد الإرسال.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cases sent from this computer</source>
        <translation>الحالات المُرسلة من هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a case whose receipt was kept on this computer.</source>
        <translation>اختر حالة حُفظ إيصالها على هذا الحاسوب.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Cases sent from this computer: %n kept</source>
        <translation>
            <numerusform>الحالات المُرسلة من هذا الحاسوب: لا شيء محفوظ</numerusform>
            <numerusform>الحالات المُرسلة من هذا الحاسوب: حالة واحدة محفوظة</numerusform>
            <numerusform>الحالات المُرسلة من هذا الحاسوب: حالتان محفوظتان</numerusform>
            <numerusform>الحالات المُرسلة من هذا الحاسوب: %n حالات محفوظة</numerusform>
            <numerusform>الحالات المُرسلة من هذا الحاسوب: %n حالة محفوظة</numerusform>
            <numerusform>الحالات المُرسلة من هذا الحاسوب: %n حالة محفوظة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Sent %1 UTC, %n fingerprint(s)</source>
        <translation>
            <numerusform>أُرسلت في %1 UTC، دون بصمات</numerusform>
            <numerusform>أُرسلت في %1 UTC، بصمة واحدة</numerusform>
            <numerusform>أُرسلت في %1 UTC، بصمتان</numerusform>
            <numerusform>أُرسلت في %1 UTC، %n بصمات</numerusform>
            <numerusform>أُرسلت في %1 UTC، %n بصمة</numerusform>
            <numerusform>أُرسلت في %1 UTC، %n بصمة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open a saved receipt</source>
        <translation>فتح إيصال محفوظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the receipt file you saved after sending.</source>
        <translation>اختر ملف الإيصال الذي حفظته بعد الإرسال.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts (*.json);;All files (*)</source>
        <translation>الإيصالات (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This receipt could not be opened: %1.</source>
        <translation>تعذّر فتح هذا الإيصال: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt opened. Press “Check the case”.</source>
        <translation>فُتح الإيصال. اضغط «التحقق من الحالة».</translation>
    </message>
</context>
<context>
    <name>CaseModel</name>
    <message>
        <location filename="../../gui/case_model.py" line="+39"/>
        <source>video fingerprint</source>
        <extracomment>The item id of a picture row (&quot;&quot; when the bank did not say which picture). The remote id of a fingerprint row. True for a fingerprint row whose fingerprint is in the bank; for a picture row, True when any of its fingerprints is. Pixels across a row&apos;s thumbnail.</extracomment>
        <translation>بصمة فيديو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exact-copy fingerprint of the video</source>
        <translation>بصمة النسخة المطابقة تمامًا للفيديو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>picture fingerprint</source>
        <translation>بصمة صورة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extra picture fingerprint</source>
        <translation>بصمة صورة إضافية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exact-copy fingerprint</source>
        <translation>بصمة النسخة المطابقة تمامًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in the bank; platforms can block matching uploads</source>
        <translation>في البنك؛ يمكن للمنصات منع رفع ما يطابقها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>withdrawn; no longer used to block uploads</source>
        <translation>سُحبت؛ لم تعد تُستخدم لمنع الرفع</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>not in the bank</source>
        <translation>ليست في البنك</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>a video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a photo or video</source>
        <translation>صورة أو فيديو</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>all in the bank</source>
        <translation>كلها في البنك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the bank</source>
        <translation>في البنك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 in the bank</source>
        <translation>%1 من %2 في البنك</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>withdrawn: platforms no longer use it to block uploads</source>
        <translation>سُحبت: لم تعد المنصات تستخدمها لمنع الرفع</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>sent on %1</source>
        <translation>أُرسلت في %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fingerprints the bank did not tie to a picture</source>
        <translation>بصمات لم يربطها البنك بصورة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A picture this computer has no receipt for</source>
        <translation>صورة ليس لها إيصال على هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Picture %1 of %2</source>
        <translation>الصورة %1 من %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n fingerprint(s)</source>
        <translation>
            <numerusform>دون بصمات</numerusform>
            <numerusform>بصمة واحدة</numerusform>
            <numerusform>بصمتان</numerusform>
            <numerusform>%n بصمات</numerusform>
            <numerusform>%n بصمة</numerusform>
            <numerusform>%n بصمة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fingerprint %1: %2, %3</source>
        <translation>البصمة %1: %2، %3</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../../gui/pages/choose.py" line="+98"/>
        <location line="+58"/>
        <source>Choose photos and videos</source>
        <extracomment>At most this many files are listed (a guard against choosing a whole disk). Why each skipped file is skipped, to say it again in a new language. What the last look at the chosen paths found to say.</extracomment>
        <translation>اختيار الصور ومقاطع الفيديو</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Choose the pictures to make fingerprints of. Nothing is sent yet.</source>
        <translation>اختر الصور التي تريد صنع بصمات رقمية لها. لم يُرسَل أي شيء بعد.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+4"/>
        <source>Add a &amp;folder…</source>
        <translation>إضافة &amp;مجلد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a window to pick a folder; every photo and video in it is added.</source>
        <translation>يفتح نافذة لاختيار مجلد؛ تُضاف كل الصور ومقاطع الفيديو التي فيه.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+3"/>
        <source>A&amp;dd this path</source>
        <translation>إ&amp;ضافة هذا المسار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the file or folder typed in the box.</source>
        <translation>يضيف الملف أو المجلد المكتوب في المربع.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chosen files</source>
        <translation>الملفات المختارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files that will get a fingerprint, and any that will be skipped.</source>
        <translation>الملفات التي ستُصنع لها بصمة رقمية، وأي ملفات سيجري تخطيها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>ملخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the first page.</source>
        <translation>العودة إلى الصفحة الأولى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove selected</source>
        <translation>إ&amp;زالة المحدد</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>&amp;Make fingerprints</source>
        <translation>صنع ال&amp;بصمات الرقمية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes a fingerprint of each chosen file, on this computer.</source>
        <translation>يصنع بصمة رقمية لكل ملف مختار، على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pick one or more photos or videos. They stay on this computer.</source>
        <translation>اختر صورة أو مقطع فيديو أو أكثر. تبقى على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and videos (%1);;All files (*)</source>
        <translation>الصور ومقاطع الفيديو (%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a folder</source>
        <translation>اختيار مجلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every photo and video inside the folder you pick is added.</source>
        <translation>تُضاف كل الصور ومقاطع الفيديو الموجودة في المجلد الذي تختاره.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Nothing was found at that path. Check it and try again.</source>
        <translation>لم يُعثر على أي شيء في هذا المسار. تحقق منه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first %1 files were added.</source>
        <translation>أُضيف أول %1 ملف فقط.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The chosen files could not be looked at. Please try again.</source>
        <translation>تعذّر فحص الملفات المختارة. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This folder could not be opened. You may not have permission to read it.</source>
        <translation>تعذّر فتح هذا المجلد. ربما لا تملك إذنًا بقراءته.</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
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
        <source>%n file(s) will be skipped: the reason is on each line.</source>
        <translation>
            <numerusform>لن يجري تخطي أي ملف.</numerusform>
            <numerusform>سيجري تخطي ملف واحد: السبب مكتوب في سطره.</numerusform>
            <numerusform>سيجري تخطي ملفين: السبب مكتوب في سطر كل منهما.</numerusform>
            <numerusform>سيجري تخطي %n ملفات: السبب مكتوب في سطر كل منها.</numerusform>
            <numerusform>سيجري تخطي %n ملفًا: السبب مكتوب في سطر كل منها.</numerusform>
            <numerusform>سيجري تخطي %n ملف: السبب مكتوب في سطر كل منها.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Looking at the chosen files…</source>
        <translation>جارٍ فحص الملفات المختارة…</translation>
    </message>
</context>
<context>
    <name>ConfirmBar</name>
    <message>
        <location filename="../../gui/panels/confirm.py" line="+37"/>
        <source>Please confirm</source>
        <translation>يُرجى التأكيد</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../gui/document_dialog.py" line="+43"/>
        <source>picture fingerprint (PDQ)</source>
        <translation>بصمة صورة (PDQ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>video fingerprint (vPDQ)</source>
        <translation>بصمة فيديو (vPDQ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exact-copy fingerprint (MD5)</source>
        <translation>بصمة النسخة المطابقة تمامًا (MD5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exact-copy fingerprint (SHA-256)</source>
        <translation>بصمة النسخة المطابقة تمامًا (SHA-256)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exact-copy fingerprint of the video (MD5)</source>
        <translation>بصمة النسخة المطابقة تمامًا للفيديو (MD5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exact-copy fingerprint of the video (SHA-256)</source>
        <translation>بصمة النسخة المطابقة تمامًا للفيديو (SHA-256)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>extra picture fingerprint</source>
        <translation>بصمة صورة إضافية</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>as it is</source>
        <translation>كما هي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>turned upright</source>
        <translation>مُعدَّلة لتكون مستقيمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>turned or mirrored</source>
        <translation>مُدوَّرة أو معكوسة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cropped, with a caption</source>
        <translation>مقصوصة، بتعليق مكتوب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cropped</source>
        <translation>مقصوصة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with borders</source>
        <translation>بإطار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with a caption</source>
        <translation>بتعليق مكتوب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slightly tilted</source>
        <translation>مائلة قليلًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as a phone screenshot</source>
        <translation>كلقطة شاشة هاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an edited copy</source>
        <translation>نسخة معدَّلة</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n frame(s)</source>
        <translation>
            <numerusform>دون لقطات</numerusform>
            <numerusform>لقطة واحدة</numerusform>
            <numerusform>لقطتان</numerusform>
            <numerusform>%n لقطات</numerusform>
            <numerusform>%n لقطة</numerusform>
            <numerusform>%n لقطة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Picture</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>لأجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (shortened)</source>
        <translation>القيمة (مختصرة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality</source>
        <translation>الجودة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Video %1</source>
        <translation>الفيديو %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo %1</source>
        <translation>الصورة %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exactly what will be sent</source>
        <translation>ما سيُرسَل بالضبط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is everything that will leave this computer: fingerprints only. No pictures, file names, places or dates.</source>
        <translation>هذا كل ما سيخرج من هذا الحاسوب: البصمات الرقمية فقط. لا صور، ولا أسماء ملفات، ولا أماكن، ولا تواريخ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About this document</source>
        <translation>عن هذا المستند</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fingerprints, one per line</source>
        <translation>البصمات، واحدة في كل سطر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each line is one fingerprint that will be sent: the picture it comes from, what kind it is, which copy of the picture it is for, the start and end of its value, and its quality (50 or more is good).</source>
        <translation>كل سطر بصمة واحدة ستُرسل: الصورة التي جاءت منها، ونوعها، وأي نسخة من الصورة هي لأجلها، وبداية قيمتها ونهايتها، وجودتها (50 فأكثر جيدة).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fingerprints that will be sent, as the bank will receive them.</source>
        <translation>البصمات الرقمية التي ستُرسَل، كما سيستلمها البنك.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closes this window.</source>
        <translation>يغلق هذه النافذة.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show as a &amp;table</source>
        <translation>العرض في &amp;جدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the fingerprints as a table, one per line.</source>
        <translation>يعرض البصمات في جدول، واحدة في كل سطر.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the &amp;exact text</source>
        <translation>عرض النص ب&amp;الضبط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the exact text that will be sent, as the bank will receive it.</source>
        <translation>يعرض النص الذي سيُرسل بالضبط، كما سيستلمه البنك.</translation>
    </message>
</context>
<context>
    <name>FingerprintsPanel</name>
    <message>
        <location filename="../../gui/panels/fingerprints.py" line="+91"/>
        <source>Pictures in this case</source>
        <extracomment>The picture&apos;s item id (withdraw all its fingerprints), or None. One fingerprint&apos;s remote id, or None. The picture&apos;s number as the list showed it (&quot;&quot; for the whole case). The person confirmed a :class:`Withdrawal`.</extracomment>
        <translation>الصور في هذه الحالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One line per picture or video, with what the bank holds of it. Each picture has several fingerprints, so that edited copies are matched too.</source>
        <translation>سطر لكل صورة أو فيديو، مع ما يحفظه البنك منها. لكل صورة عدة بصمات، حتى تُطابَق النسخ المعدَّلة أيضًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show each fingerprint (advanced)</source>
        <translation>عرض كل بصمة (متقدم)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show each fingerprint</source>
        <translation>عرض كل بصمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lists every fingerprint under its picture, so that one fingerprint alone can be withdrawn. Most people never need this.</source>
        <translation>يعرض كل بصمة تحت صورتها، حتى يمكن سحب بصمة واحدة وحدها. معظم الناس لا يحتاجون إلى هذا أبدًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Withdraw this &amp;picture…</source>
        <translation>سحب هذه ال&amp;صورة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes every fingerprint of the selected picture out of the bank, after you confirm.</source>
        <translation>يسحب كل بصمات الصورة المختارة من البنك، بعد تأكيدك.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Withdraw only this &amp;fingerprint…</source>
        <translation>&amp;سحب هذه البصمة وحدها…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes only the selected fingerprint out of the bank, after you confirm.</source>
        <translation>يسحب البصمة المحددة وحدها من البنك، بعد تأكيدك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Withdraw the &amp;whole case…</source>
        <translation>سحب ال&amp;حالة كلها…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes every fingerprint of this case out of the bank, after you confirm.</source>
        <translation>يسحب كل بصمات هذه الحالة من البنك، بعد تأكيدك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Yes, withdraw</source>
        <translation>&amp;نعم، السحب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraws now. This cannot be undone.</source>
        <translation>يسحب الآن. لا يمكن التراجع عن هذا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep them</source>
        <translation>الإ&amp;بقاء عليها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdraws nothing.</source>
        <translation>لا يسحب أي شيء.</translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>Withdraw picture %1 and its %n fingerprint(s)? Platforms will no longer block uploads that match it. This cannot be undone.</source>
        <translation>
            <numerusform>سحب الصورة %1 دون بصمات؟ لن تمنع المنصات بعد الآن رفع ما يطابقها. لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>سحب الصورة %1 وبصمتها الواحدة؟ لن تمنع المنصات بعد الآن رفع ما يطابقها. لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>سحب الصورة %1 وبصمتيها؟ لن تمنع المنصات بعد الآن رفع ما يطابقها. لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>سحب الصورة %1 وبصماتها الـ%n؟ لن تمنع المنصات بعد الآن رفع ما يطابقها. لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>سحب الصورة %1 وبصماتها الـ%n؟ لن تمنع المنصات بعد الآن رفع ما يطابقها. لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>سحب الصورة %1 وبصماتها الـ%n؟ لن تمنع المنصات بعد الآن رفع ما يطابقها. لا يمكن التراجع عن هذا.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Withdraw only the selected fingerprint? Platforms will no longer block uploads that match it; the picture&apos;s other fingerprints stay in the bank. This cannot be undone.</source>
        <translation>سحب البصمة المختارة وحدها؟ لن تمنع المنصات بعد الآن رفع ما يطابقها؛ وتبقى بصمات الصورة الأخرى في البنك. لا يمكن التراجع عن هذا.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Withdraw the whole case? Platforms will no longer block uploads that match any of its pictures. This cannot be undone.</source>
        <translation>سحب الحالة كلها؟ لن تمنع المنصات بعد الآن رفع ما يطابق أيًّا من صورها. لا يمكن التراجع عن هذا.</translation>
    </message>
</context>
<context>
    <name>HashingPage</name>
    <message>
        <location filename="../../gui/pages/hashing.py" line="+52"/>
        <source>Making fingerprints</source>
        <extracomment>The file indexes in the order their results came (the order of the lines).</extracomment>
        <translation>جارٍ صنع البصمات الرقمية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app is making a fingerprint of each file, on this computer.</source>
        <translation>يصنع التطبيق بصمة رقمية لكل ملف، على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This happens on this computer. Nothing is sent. You can stop at any time.</source>
        <translation>يجري هذا على هذا الحاسوب. لا يُرسَل أي شيء. يمكنك التوقف في أي وقت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is happening</source>
        <translation>ما يجري الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How much of the work is done.</source>
        <translation>مقدار ما أُنجز من العمل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files done</source>
        <translation>الملفات المنجزة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>الوقت المتبقي</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+1"/>
        <source>Stops making fingerprints. Files already done are kept.</source>
        <translation>يوقف صنع البصمات الرقمية. يُحتفظ بالملفات التي أُنجزت.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Review</source>
        <translation>&amp;مراجعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the results before anything is sent.</source>
        <translation>الاطلاع على النتائج قبل إرسال أي شيء.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back to the files</source>
        <translation>&amp;رجوع إلى الملفات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back and change the chosen files.</source>
        <translation>العودة لتغيير الملفات المختارة.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 files done</source>
        <translation>الملفات المنجزة: %1 من %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time left: %1</source>
        <translation>الوقت المتبقي: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: done, but low quality</source>
        <translation>%1: أُنجز، لكن الجودة منخفضة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: done</source>
        <translation>%1: أُنجز</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
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
    <name>ImportPage</name>
    <message>
        <location filename="../../gui/pages/importing.py" line="+69"/>
        <source>Send a saved file</source>
        <translation>إرسال ملف محفوظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a file of fingerprints saved earlier, then send it.</source>
        <translation>افتح ملف بصمات رقمية حُفظ من قبل، ثم أرسله.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you made fingerprints on a computer without internet and saved them to a file, open that file here. It holds fingerprints only, no pictures.</source>
        <translation>إذا صنعت بصمات رقمية على حاسوب غير متصل بالإنترنت وحفظتها في ملف، فافتح ذلك الملف هنا. فيه البصمات الرقمية فقط، دون أي صور.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About saved files</source>
        <translation>عن الملفات المحفوظة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open a saved file…</source>
        <translation>&amp;فتح ملف محفوظ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file of fingerprints to send.</source>
        <translation>اختر ملف البصمات الرقمية الذي تريد إرساله.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is locked. Type the passphrase chosen when it was saved.</source>
        <translation>هذا الملف مقفل. اكتب عبارة المرور التي اختيرت عند حفظه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase of the file</source>
        <translation>عبارة مرور الملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>إلغاء ال&amp;قفل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opens the locked file with the passphrase.</source>
        <translation>يفتح الملف المقفل بعبارة المرور.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening</source>
        <translation>جارٍ الفتح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The app is opening the file.</source>
        <translation>يفتح التطبيق الملف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the file</source>
        <translation>عن الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the first page.</source>
        <translation>العودة إلى الصفحة الأولى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Continue: send</source>
        <translation>&amp;متابعة: الإرسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on to send the fingerprints in this file.</source>
        <translation>المتابعة لإرسال البصمات الرقمية التي في هذا الملف.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open a saved file</source>
        <translation>فتح ملف محفوظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file of fingerprints saved earlier.</source>
        <translation>اختر ملف البصمات الرقمية الذي حُفظ من قبل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint files (*.json);;All files (*)</source>
        <translation>ملفات البصمات الرقمية (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Please type the passphrase.</source>
        <translation>يُرجى كتابة عبارة المرور.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opening the file…</source>
        <translation>جارٍ فتح الملف…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlocking…</source>
        <translation>جارٍ إلغاء القفل…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>A saved file was opened: %n picture(s) in it.</source>
        <translation>
            <numerusform>فُتح ملف محفوظ: لا توجد فيه أي صورة.</numerusform>
            <numerusform>فُتح ملف محفوظ: فيه صورة واحدة.</numerusform>
            <numerusform>فُتح ملف محفوظ: فيه صورتان.</numerusform>
            <numerusform>فُتح ملف محفوظ: فيه %n صور.</numerusform>
            <numerusform>فُتح ملف محفوظ: فيه %n صورة.</numerusform>
            <numerusform>فُتح ملف محفوظ: فيه %n صورة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This file holds the fingerprints of %n file(s).</source>
        <translation>
            <numerusform>لا يحتوي هذا الملف على بصمات أي ملف.</numerusform>
            <numerusform>يحتوي هذا الملف على بصمات ملف واحد.</numerusform>
            <numerusform>يحتوي هذا الملف على بصمات ملفين.</numerusform>
            <numerusform>يحتوي هذا الملف على بصمات %n ملفات.</numerusform>
            <numerusform>يحتوي هذا الملف على بصمات %n ملفًا.</numerusform>
            <numerusform>يحتوي هذا الملف على بصمات %n ملف.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was made on %1.</source>
        <translation>صُنع في %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It includes a case token, which will be used.</source>
        <translation>يتضمن رمز حالة، وسيُستخدم.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This file is locked with a passphrase. Please type it.</source>
        <translation>هذا الملف مقفل بعبارة مرور. يُرجى كتابتها.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That passphrase is not right. Please try again.</source>
        <translation>عبارة المرور هذه غير صحيحة. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file cannot be used: %1.</source>
        <translation>لا يمكن استخدام هذا الملف: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file could not be opened.</source>
        <translation>تعذّر فتح هذا الملف.</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <location filename="../../gui/panels/language.py" line="+31"/>
        <location line="+1"/>
        <location line="+3"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The language of the app.</source>
        <translation>لغة التطبيق.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the language of the app. It changes at once.</source>
        <translation>اختر لغة التطبيق. تتغير فورًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as this computer</source>
        <translation>مثل لغة هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The language was changed.</source>
        <translation>تغيّرت اللغة.</translation>
    </message>
</context>
<context>
    <name>Log</name>
    <message>
        <location filename="../../gui/app.py" line="+74"/>
        <source>Something went wrong inside the app (not something you did).</source>
        <translation>حدث خطأ داخل التطبيق (ليس بسبب شيء فعلته).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="+236"/>
        <source>The chosen language could not be loaded, so the app is in English.</source>
        <extracomment>How much larger the app&apos;s font is in a language whose letters are small at the system&apos;s size. Khmer&apos;s stacked consonants and vowel signs need about a quarter more. The app&apos;s font size before a language&apos;s scale, and the size the scale made (points).</extracomment>
        <translation>تعذّر تحميل اللغة المختارة، لذلك يظهر التطبيق بالإنجليزية.</translation>
    </message>
    <message>
        <location filename="../../gui/stores.py" line="+44"/>
        <source>The saved settings could not be read, so the defaults are used.</source>
        <extracomment>None: ``settings.json`` in the config folder.</extracomment>
        <translation>تعذّرت قراءة الإعدادات المحفوظة، لذلك تُستخدم الإعدادات الافتراضية.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The settings were saved.</source>
        <translation>حُفظت الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../gui/workers.py" line="+95"/>
        <source>File %1: %2</source>
        <extracomment>Progress reports closer together than this are merged (keeps the event queue short). Every job made, until it is seen finished: the app must not end normally while one runs.</extracomment>
        <translation>الملف %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Making fingerprints stopped early: %1.</source>
        <translation>توقف صنع البصمات الرقمية قبل أن ينتهي: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Looked at %n file(s), in %1.</source>
        <translation>
            <numerusform>لم يُفحص أي ملف، خلال %1.</numerusform>
            <numerusform>فُحص ملف واحد، خلال %1.</numerusform>
            <numerusform>فُحص ملفان، خلال %1.</numerusform>
            <numerusform>فُحصت %n ملفات، خلال %1.</numerusform>
            <numerusform>فُحص %n ملفًا، خلال %1.</numerusform>
            <numerusform>فُحص %n ملف، خلال %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A task in the background did not finish: %1.</source>
        <extracomment>The message of the exception raised. The exception itself (``BankError.retryable``, ``CaseFileError.code`` say more).</extracomment>
        <translation>لم تنتهِ مهمة كانت تعمل في الخلفية: %1.</translation>
    </message>
</context>
<context>
    <name>LogWindow</name>
    <message>
        <location filename="../../gui/log_window.py" line="+60"/>
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
        <location filename="../../gui/window.py" line="+48"/>
        <location line="+62"/>
        <location line="+1"/>
        <source>StopNCII Desktop</source>
        <translation>StopNCII Desktop</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The app&apos;s sign.</source>
        <translation>شعار التطبيق.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>Asks first, then forgets everything about this client and starts again.</source>
        <translation>يسأل أولًا، ثم ينسى كل شيء عن هذا المستفيد ويبدأ من جديد.</translation>
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
        <location line="+26"/>
        <source>A page could not be shown.</source>
        <translation>تعذّر عرض إحدى الصفحات.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 – StopNCII Desktop</source>
        <translation>%1 – StopNCII Desktop</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Next client: everything about the last client was forgotten.</source>
        <translation>المستفيد التالي: نُسي كل شيء عن المستفيد السابق.</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message numerus="yes">
        <location filename="../../gui/models.py" line="+61"/>
        <source>This video gives %n fingerprint(s). Its fingerprints will be sent, never the video.</source>
        <extracomment>Extra roles of the review model.</extracomment>
        <translation>
            <numerusform>لا يعطي هذا الفيديو أي بصمة. لن يُرسل الفيديو أبدًا.</numerusform>
            <numerusform>يعطي هذا الفيديو بصمة واحدة. ستُرسل بصمته، ولن يُرسل الفيديو أبدًا.</numerusform>
            <numerusform>يعطي هذا الفيديو بصمتين. ستُرسل بصمتاه، ولن يُرسل الفيديو أبدًا.</numerusform>
            <numerusform>يعطي هذا الفيديو %n بصمات. ستُرسل بصماته، ولن يُرسل الفيديو أبدًا.</numerusform>
            <numerusform>يعطي هذا الفيديو %n بصمة. ستُرسل بصماته، ولن يُرسل الفيديو أبدًا.</numerusform>
            <numerusform>يعطي هذا الفيديو %n بصمة. ستُرسل بصماته، ولن يُرسل الفيديو أبدًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>This photo gives %n fingerprint(s). Its fingerprints will be sent, never the photo.</source>
        <translation>
            <numerusform>لا تعطي هذه الصورة أي بصمة. لن تُرسل الصورة أبدًا.</numerusform>
            <numerusform>تعطي هذه الصورة بصمة واحدة. ستُرسل بصمتها، ولن تُرسل الصورة أبدًا.</numerusform>
            <numerusform>تعطي هذه الصورة بصمتين. ستُرسل بصمتاها، ولن تُرسل الصورة أبدًا.</numerusform>
            <numerusform>تعطي هذه الصورة %n بصمات. ستُرسل بصماتها، ولن تُرسل الصورة أبدًا.</numerusform>
            <numerusform>تعطي هذه الصورة %n بصمة. ستُرسل بصماتها، ولن تُرسل الصورة أبدًا.</numerusform>
            <numerusform>تعطي هذه الصورة %n بصمة. ستُرسل بصماتها، ولن تُرسل الصورة أبدًا.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Several fingerprints let edited copies (cropped, turned, with text or borders added) be matched too.</source>
        <translation>تسمح البصمات العديدة بمطابقة النسخ المعدَّلة أيضًا (المقصوصة، أو المدوَّرة، أو التي أضيف إليها نص أو إطار).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: will be skipped. %2</source>
        <translation>%1: سيجري تخطيه. %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>⚠ Low quality</source>
        <translation>⚠ جودة منخفضة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File %1</source>
        <translation>الملف %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Left out: will not be sent.</source>
        <translation>مستبعَد: لن يُرسَل.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Same picture as others in group %1.</source>
        <translation>الصورة نفسها كغيرها في المجموعة %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is a video.</source>
        <translation>هذا مقطع فيديو.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a photo.</source>
        <translation>هذه صورة.</translation>
    </message>
</context>
<context>
    <name>NextClientQuestion</name>
    <message>
        <location filename="../../gui/next_client.py" line="+37"/>
        <source>Next client</source>
        <translation>المستفيد التالي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This client’s fingerprints have not reached the bank yet. What should happen to them before the next client?</source>
        <translation>لم تصل بصمات هذا المستفيد إلى البنك بعد. ماذا تريد أن تفعل بها قبل المستفيد التالي؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Send them now</source>
        <translation>أرسِلها ال&amp;آن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes to the sending page and sends them; then press Next client again.</source>
        <translation>ينتقل إلى صفحة الإرسال ويرسلها؛ ثم اضغط «المستفيد التالي» مرة أخرى.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save them to a &amp;file…</source>
        <translation>احفظها في &amp;ملف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes to the page where they can be saved to a file for the client.</source>
        <translation>ينتقل إلى الصفحة التي يمكن فيها حفظها في ملف للمستفيد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discard them and start again</source>
        <translation>&amp;تجاهلها وابدأ من جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is sent. Everything about this client is forgotten.</source>
        <translation>لا يُرسَل أي شيء، ويُنسى كل شيء عن هذا المستفيد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start again for the next client? Everything about this client is forgotten: their files, fingerprints and case token. This cannot be undone.</source>
        <translation>هل تريد البدء من جديد للمستفيد التالي؟ سيُنسى كل شيء عن هذا المستفيد: ملفاته وبصماته ورمز حالته. ولا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Forget and start again</source>
        <translation>ا&amp;نسَ كل شيء وابدأ من جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgets everything about this client and goes back to the start.</source>
        <translation>ينسى كل شيء عن هذا المستفيد ويعود إلى البداية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes nothing.</source>
        <translation>لا يغيّر شيئًا.</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <location filename="../../gui/panels/options.py" line="+48"/>
        <location line="+3"/>
        <source>Options</source>
        <translation>خيارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra fingerprints, receipts and caseworker mode.</source>
        <translation>بصمات إضافية، والإيصالات، ووضع مسؤول الحالات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also catch e&amp;dited copies (recommended)</source>
        <translation>التقا&amp;ط النسخ المعدَّلة أيضًا (مستحسن)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edited copies</source>
        <translation>النسخ المعدَّلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also makes fingerprints of each photo as it looks when someone crops it, adds borders or text, takes a screenshot of it, tilts, turns or mirrors it, so those copies are matched too. Each photo then gives about 40 fingerprints instead of one. Takes a little longer.</source>
        <translation>يصنع أيضًا بصمات لكل صورة كما تبدو حين يقصّها أحد، أو يضيف إليها إطارًا أو نصًا، أو يلتقط لها لقطة شاشة، أو يُميلها أو يدوّرها أو يعكسها، حتى تُطابَق تلك النسخ أيضًا. عندها تعطي كل صورة نحو 40 بصمة بدل واحدة. يستغرق وقتًا أطول قليلًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also fingerprint turned and mirrored copies of &amp;photos</source>
        <translation>صنع بصمات أيضًا لل&amp;نسخ المدوَّرة والمعكوسة من الصور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turned and mirrored copies</source>
        <translation>النسخ المدوَّرة والمعكوسة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also makes fingerprints of each photo turned and mirrored, so copies that were turned or flipped can be matched. Edited copies include these already.</source>
        <translation>يصنع أيضًا بصمات لكل صورة مدوَّرة ومعكوسة، حتى يمكن مطابقة النسخ التي دُوِّرت أو قُلبت. النسخ المعدَّلة تشمل هذه أصلًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Caseworker mode</source>
        <translation>وضع مسؤول ال&amp;حالات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caseworker mode</source>
        <translation>وضع مسؤول الحالات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For organisations helping one person after another: a Next client button forgets everything about a person, and pictures stay blurred.</source>
        <translation>للمؤسسات التي تساعد شخصًا بعد آخر: زر «المستفيد التالي» ينسى كل شيء عن الشخص، وتبقى الصور مموَّهة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep a receipt of each case on this computer</source>
        <translation>الاحتفاظ بإيصال ل&amp;كل حالة على هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep receipts</source>
        <translation>الاحتفاظ بالإيصالات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps the case token of each case sent, and what the bank stored, in the app&apos;s folder, so the case can be checked or withdrawn later from this computer. Anyone who uses this computer could find them.</source>
        <translation>يحتفظ برمز الحالة لكل حالة أُرسلت، وبما حفظه البنك، في مجلد التطبيق، ليمكن التحقق من الحالة أو سحبها لاحقًا من هذا الحاسوب. ويستطيع أي شخص يستخدم هذا الحاسوب أن يجدها.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Caseworker mode never keeps receipts: give each client their case token on paper or in their own file.</source>
        <translation>وضع مسؤول الحالات لا يحتفظ بالإيصالات أبدًا: أعطِ كل مستفيد رمز حالته على ورقة أو في ملف خاص به.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No receipts kept</source>
        <translation>لا تُحفظ الإيصالات</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete the kept receipts?</source>
        <translation>هل تريد حذف الإيصالات المحفوظة؟</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n receipt(s) are still kept on this computer. Delete them too? Without a receipt, a case can only be checked or withdrawn with its case token.</source>
        <translation>
            <numerusform>لا توجد إيصالات محفوظة على هذا الحاسوب. من دون إيصال، لا يمكن التحقق من الحالة أو سحبها إلا برمز حالتها.</numerusform>
            <numerusform>لا يزال إيصال واحد محفوظًا على هذا الحاسوب. هل تريد حذفه أيضًا؟ من دون إيصال، لا يمكن التحقق من الحالة أو سحبها إلا برمز حالتها.</numerusform>
            <numerusform>لا يزال إيصالان محفوظين على هذا الحاسوب. هل تريد حذفهما أيضًا؟ من دون إيصال، لا يمكن التحقق من الحالة أو سحبها إلا برمز حالتها.</numerusform>
            <numerusform>لا تزال %n إيصالات محفوظة على هذا الحاسوب. هل تريد حذفها أيضًا؟ من دون إيصال، لا يمكن التحقق من الحالة أو سحبها إلا برمز حالتها.</numerusform>
            <numerusform>لا يزال %n إيصالًا محفوظًا على هذا الحاسوب. هل تريد حذفها أيضًا؟ من دون إيصال، لا يمكن التحقق من الحالة أو سحبها إلا برمز حالتها.</numerusform>
            <numerusform>لا يزال %n إيصال محفوظًا على هذا الحاسوب. هل تريد حذفها أيضًا؟ من دون إيصال، لا يمكن التحقق من الحالة أو سحبها إلا برمز حالتها.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deletes the receipts kept here.</source>
        <translation>يحذف الإيصالات المحفوظة هنا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps them; no new ones are kept.</source>
        <translation>يُبقي عليها، ولن يُحفظ أي إيصال جديد.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The receipts could not all be deleted: %1.</source>
        <translation>تعذّر حذف كل الإيصالات: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleted %n receipt(s).</source>
        <translation>
            <numerusform>لم يُحذف أي إيصال.</numerusform>
            <numerusform>حُذف إيصال واحد.</numerusform>
            <numerusform>حُذف إيصالان.</numerusform>
            <numerusform>حُذفت %n إيصالات.</numerusform>
            <numerusform>حُذف %n إيصالًا.</numerusform>
            <numerusform>حُذف %n إيصال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n kept receipt(s) deleted.</source>
        <translation>
            <numerusform>لم يُحذف أي إيصال محفوظ.</numerusform>
            <numerusform>حُذف إيصال محفوظ واحد.</numerusform>
            <numerusform>حُذف إيصالان محفوظان.</numerusform>
            <numerusform>حُذفت %n إيصالات محفوظة.</numerusform>
            <numerusform>حُذف %n إيصالًا محفوظًا.</numerusform>
            <numerusform>حُذف %n إيصال محفوظ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <location filename="../../gui/panels/outbox.py" line="+36"/>
        <source>Waiting to be sent</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sen&amp;d the waiting fingerprints</source>
        <translation>إرسال البصمات المنت&amp;ظرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tries again to send the fingerprints kept waiting on this computer.</source>
        <translation>يحاول من جديد إرسال البصمات الرقمية المنتظرة على هذا الحاسوب.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n submission(s) could not be sent earlier and are kept waiting on this computer.</source>
        <translation>
            <numerusform>لا توجد إرسالات منتظرة على هذا الحاسوب.</numerusform>
            <numerusform>تعذّر إرسال دفعة واحدة من قبل، وهي محفوظة بانتظار الإرسال على هذا الحاسوب.</numerusform>
            <numerusform>تعذّر إرسال دفعتين من قبل، وهما محفوظتان بانتظار الإرسال على هذا الحاسوب.</numerusform>
            <numerusform>تعذّر إرسال %n دفعات من قبل، وهي محفوظة بانتظار الإرسال على هذا الحاسوب.</numerusform>
            <numerusform>تعذّر إرسال %n دفعة من قبل، وهي محفوظة بانتظار الإرسال على هذا الحاسوب.</numerusform>
            <numerusform>تعذّر إرسال %n دفعة من قبل، وهي محفوظة بانتظار الإرسال على هذا الحاسوب.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting fingerprints: %1 sent, %2 still waiting.</source>
        <translation>البصمات المنتظرة: أُرسل %1، وما زال %2 ينتظر.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n submission(s) were sent.</source>
        <translation>
            <numerusform>لم تُرسَل أي دفعة.</numerusform>
            <numerusform>أُرسلت دفعة واحدة.</numerusform>
            <numerusform>أُرسلت دفعتان.</numerusform>
            <numerusform>أُرسلت %n دفعات.</numerusform>
            <numerusform>أُرسلت %n دفعة.</numerusform>
            <numerusform>أُرسلت %n دفعة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n could not be sent and are still kept waiting: %1.</source>
        <translation>
            <numerusform>لا شيء بقي بانتظار الإرسال: %1.</numerusform>
            <numerusform>تعذّر إرسال دفعة واحدة وما زالت بانتظار الإرسال: %1.</numerusform>
            <numerusform>تعذّر إرسال دفعتين وما زالتا بانتظار الإرسال: %1.</numerusform>
            <numerusform>تعذّر إرسال %n دفعات وما زالت بانتظار الإرسال: %1.</numerusform>
            <numerusform>تعذّر إرسال %n دفعة وما زالت بانتظار الإرسال: %1.</numerusform>
            <numerusform>تعذّر إرسال %n دفعة وما زالت بانتظار الإرسال: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their receipts are kept: use “Check or withdraw a case” to see them.</source>
        <translation>إيصالاتها محفوظة: استخدم «التحقق من حالة أو سحبها» لرؤيتها.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The waiting fingerprints could not be sent. They are still kept.</source>
        <translation>تعذّر إرسال البصمات المنتظرة. ما زالت محفوظة.</translation>
    </message>
</context>
<context>
    <name>ProfileChecks</name>
    <message>
        <location filename="../../gui/profile_checks.py" line="+52"/>
        <source>Give this bank a name, so you can find it again. Up to 64 letters.</source>
        <extracomment>Which box: &quot;name&quot;, &quot;url&quot;, &quot;bank&quot;, &quot;token&quot;, &quot;pin&quot; or &quot;signals&quot;.</extracomment>
        <translation>أعطِ هذا البنك اسمًا لتجده مرة أخرى. حتى 64 حرفًا.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is already a bank with this name. Please choose another name.</source>
        <translation>يوجد بنك بهذا الاسم من قبل. من فضلك اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An HMA bank needs its bank name, in capital letters, numbers and _ (for example NCII_CASES). Please copy it from your organisation&apos;s message.</source>
        <translation>يحتاج بنك HMA إلى اسم البنك، بأحرف لاتينية كبيرة وأرقام و_ (مثل ⁦NCII_CASES⁩). من فضلك انسخه من رسالة مؤسستك.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The access key cannot have spaces or unusual characters. Please copy it again from your organisation&apos;s message.</source>
        <translation>لا يمكن أن يحتوي مفتاح الدخول على مسافات أو رموز غريبة. من فضلك انسخه مرة أخرى من رسالة مؤسستك.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This security pin is not right. Please copy it again from your organisation&apos;s message, or leave the box empty.</source>
        <translation>رمز الأمان هذا غير صحيح. من فضلك انسخه مرة أخرى من رسالة مؤسستك، أو اترك الخانة فارغة.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tick at least one kind of fingerprint the bank takes. Ask your organisation if you are not sure.</source>
        <translation>ضع علامة على نوع واحد على الأقل من البصمات الرقمية التي يقبلها البنك. اسأل مؤسستك إن لم تكن متأكدًا.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Please type the bank address. Your organisation gives it to you; it starts with https://</source>
        <translation>من فضلك اكتب عنوان البنك. تعطيك مؤسستك هذا العنوان، وهو يبدأ بـ ⁦https://⁩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bank address must not hold a user name or password. Please put the access key in its own box, and only the address here.</source>
        <translation>يجب ألا يحتوي عنوان البنك على اسم مستخدم أو كلمة مرور. من فضلك ضع مفتاح الدخول في خانته الخاصة، والعنوان وحده هنا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bank address must start with https:// (with an s), so that nobody can read what is sent. Please check the address with your organisation.</source>
        <translation>يجب أن يبدأ عنوان البنك بـ ⁦https://⁩ (مع حرف s)، حتى لا يستطيع أحد قراءة ما يُرسل. من فضلك تحقق من العنوان مع مؤسستك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bank address is not right. Please copy it again from your organisation&apos;s message; it looks like https://bank.example.org</source>
        <translation>عنوان البنك هذا غير صحيح. من فضلك انسخه مرة أخرى من رسالة مؤسستك؛ وهو يشبه ⁦https://bank.example.org⁩</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These details could not be kept. Please check each box and try again.</source>
        <translation>تعذّر حفظ هذه التفاصيل. من فضلك راجع كل خانة وحاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../gui/settings_profiles.py" line="+124"/>
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
        <location line="+7"/>
        <source>Your organisation or the bank gives you these details. Ask them if you are not sure.</source>
        <translation>تعطيك مؤسستك أو البنك هذه التفاصيل. اسألهم إن لم تكن متأكدًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About bank profiles</source>
        <translation>عن ملفات تعريف البنوك</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of bank</source>
        <translation>نوع البنك</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>https://bank.example.org</source>
        <translation>https://bank.example.org</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Bank name</source>
        <translation>اسم البنك</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Fingerprints per picture</source>
        <translation>البصمات الرقمية لكل صورة</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any name that helps you recognise this bank.</source>
        <translation>أي اسم يساعدك على تمييز هذا البنك.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your organisation tells you which kind: HMA (Meta&apos;s Hasher-Matcher-Actioner) or a case API.</source>
        <translation>تخبرك مؤسستك بالنوع: HMA (أداة Hasher-Matcher-Actioner من Meta) أو case API.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bank &amp;address:</source>
        <translation>&amp;عنوان البنك:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank address</source>
        <translation>عنوان البنك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the fingerprints go. It starts with https://</source>
        <translation>المكان الذي تذهب إليه البصمات الرقمية. يبدأ بـ ⁦https://⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only for HMA: the bank&apos;s name in capital letters, for example NCII_CASES.</source>
        <translation>لبنوك HMA فقط: اسم البنك بأحرف لاتينية كبيرة، مثل ⁦NCII_CASES⁩.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access ke&amp;y from the organisation:</source>
        <translation>مفتاح ال&amp;دخول من المؤسسة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access key from the organisation</source>
        <translation>مفتاح الدخول من المؤسسة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code that lets the bank accept your fingerprints. Leave it empty if you were given none. It is kept in the settings.</source>
        <translation>الرمز الذي يجعل البنك يقبل بصماتك الرقمية. اتركه فارغًا إن لم يُعطَ لك. يُحفظ في الإعدادات.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Security &amp;pin (optional):</source>
        <translation>&amp;رمز الأمان (اختياري):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security pin (optional)</source>
        <translation>رمز الأمان (اختياري)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes sure the app talks only to your bank&apos;s real server. Leave it empty unless your organisation gave you one.</source>
        <translation>يضمن أن التطبيق يتصل فقط بخادم بنكك الحقيقي. اتركه فارغًا ما لم تعطك مؤسستك رمزًا.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leave it at All unless the bank takes only a few fingerprints of each picture. Then the most useful ones are sent.</source>
        <translation>اتركه على «الكل» ما لم يقبل البنك بصمات قليلة فقط لكل صورة. عندها تُرسل أكثرها فائدة.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Help for %1</source>
        <translation>شرح: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+3"/>
        <source>Fingerprints this HMA bank takes</source>
        <translation>البصمات الرقمية التي يقبلها بنك HMA هذا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which kinds of fingerprint the HMA bank has switched on. Ask the bank.</source>
        <translation>أنواع البصمات الرقمية التي فعّلها بنك HMA. اسأل البنك.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>&amp;Name:</source>
        <extracomment>Each box&apos;s one-line help, shown under it (and read as its description).</extracomment>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Bank name:</source>
        <translation>اسم ال&amp;بنك:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Fingerprints per picture:</source>
        <translation>البصمات الرقمية ل&amp;كل صورة:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+20"/>
        <source>P&amp;hotos (PDQ)</source>
        <translation>ال&amp;صور (PDQ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprints of photos.</source>
        <translation>بصمات رقمية للصور.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;MD5</source>
        <translation>&amp;MD5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact copies of a file, by its MD5 checksum.</source>
        <translation>النسخ المطابقة تمامًا لملف، عبر قيمة MD5 الخاصة به.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;SHA-256</source>
        <translation>&amp;SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact copies of a file, by its SHA-256 checksum.</source>
        <translation>النسخ المطابقة تمامًا لملف، عبر قيمة SHA-256 الخاصة به.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Videos (vPDQ)</source>
        <translation>مقاطع ال&amp;فيديو (vPDQ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprints of videos.</source>
        <translation>بصمات رقمية لمقاطع الفيديو.</translation>
    </message>
</context>
<context>
    <name>ProfileFiles</name>
    <message>
        <location filename="../../gui/profile_files.py" line="+35"/>
        <source>The file could not be opened (%1).</source>
        <extracomment>A profile file larger than this is not a profile file.</extracomment>
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
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../gui/i18n.py" line="-189"/>
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
    <name>ReceiptPage</name>
    <message>
        <location filename="../../gui/pages/receipt.py" line="+100"/>
        <source>Done. This is your case token</source>
        <extracomment>The printed token&apos;s size, in points, where the page is wide enough.</extracomment>
        <translation>تم. هذا رمز حالتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fingerprints were sent. Keep the case token below safe.</source>
        <translation>أُرسلت البصمات الرقمية. احفظ رمز الحالة أدناه في مكان آمن.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case token</source>
        <translation>رمز الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it safe</source>
        <translation>احفظه في مكان آمن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the bank stored</source>
        <translation>ما حفظه البنك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was not sent</source>
        <translation>ما لم يُرسل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy the token</source>
        <translation>&amp;نسخ الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the case token, to paste it somewhere safe.</source>
        <translation>ينسخ رمز الحالة للصقه في مكان آمن.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save the receipt to a file…</source>
        <translation>&amp;حفظ الإيصال في ملف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves the token and what the bank stored, to check or withdraw later.</source>
        <translation>يحفظ الرمز وما حفظه البنك، للتحقق من الحالة أو سحبها لاحقًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prints the case token on paper.</source>
        <translation>يطبع رمز الحالة على ورق.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check or &amp;withdraw this case</source>
        <translation>التحقق من هذه الحالة أو &amp;سحبها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See what the bank holds for this case, or take it out again.</source>
        <translation>معرفة ما يحفظه البنك لهذه الحالة، أو سحبها منه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Finish</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes back to the first page. Keep your token first.</source>
        <translation>يعود إلى الصفحة الأولى. احفظ رمزك أولًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep this case token safe. Anyone who has it can check or withdraw this case. It cannot be recovered if it is lost: write it down, print it or save it now.</source>
        <translation>احفظ رمز الحالة هذا في مكان آمن. أي شخص يملكه يستطيع التحقق من هذه الحالة أو سحبها. ولا يمكن استعادته إذا ضاع: اكتبه أو اطبعه أو احفظه الآن.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>The bank stored %n fingerprint(s) for this case,</source>
        <translation>
            <numerusform>لم يحفظ البنك أي بصمة لهذه الحالة،</numerusform>
            <numerusform>حفظ البنك بصمة واحدة لهذه الحالة،</numerusform>
            <numerusform>حفظ البنك بصمتين لهذه الحالة،</numerusform>
            <numerusform>حفظ البنك %n بصمات لهذه الحالة،</numerusform>
            <numerusform>حفظ البنك %n بصمة لهذه الحالة،</numerusform>
            <numerusform>حفظ البنك %n بصمة لهذه الحالة،</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>from %n picture(s) or video(s).</source>
        <translation>
            <numerusform>من دون صور أو فيديوهات.</numerusform>
            <numerusform>من صورة أو فيديو واحد.</numerusform>
            <numerusform>من صورتين أو فيديوهين.</numerusform>
            <numerusform>من %n صور أو فيديوهات.</numerusform>
            <numerusform>من %n صورة أو فيديو.</numerusform>
            <numerusform>من %n صورة أو فيديو.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each photo gives several fingerprints, so that edited copies (cropped, turned, with text or borders added) are matched too.</source>
        <translation>تعطي كل صورة عدة بصمات، حتى تُطابَق النسخ المعدَّلة أيضًا (المقصوصة، أو المدوَّرة، أو التي أضيف إليها نص أو إطار).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This was practice: nothing is protected.</source>
        <translation>كان هذا تدريبًا: لم يُحمَ أي شيء.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not sent:</source>
        <translation>لم يُرسل:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The case token was copied. Paste it somewhere safe now: the app takes it off the clipboard when it closes.</source>
        <translation>نُسخ رمز الحالة. الصقه في مكان آمن الآن: يزيله التطبيق من الحافظة عند إغلاقه.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the receipt</source>
        <translation>حفظ الإيصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the receipt with the case token.</source>
        <translation>اختر مكان حفظ الإيصال الذي فيه رمز الحالة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts (*.json);;All files (*)</source>
        <translation>الإيصالات (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The receipt could not be saved: %1.</source>
        <translation>تعذّر حفظ الإيصال: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The receipt was saved to a file.</source>
        <translation>حُفظ الإيصال في ملف.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The receipt was saved. Keep the file as safe as the token itself.</source>
        <translation>حُفظ الإيصال. احفظ الملف بعناية كما تحفظ الرمز نفسه.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>StopNCII case token</source>
        <translation>رمز حالة StopNCII</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sent on %1 to %2.</source>
        <translation>أُرسلت في %1 إلى %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print the case token</source>
        <translation>طباعة رمز الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a printer and print.</source>
        <translation>اختر طابعة واطبع.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>The case token was sent to the printer.</source>
        <translation>أُرسل رمز الحالة إلى الطابعة.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../gui/pages/review.py" line="+77"/>
        <source>Check before anything is sent</source>
        <translation>المراجعة قبل إرسال أي شيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose which files to protect. The pictures are blurred.</source>
        <translation>اختر الملفات التي تريد حمايتها. الصور مموَّهة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pictures are blurred so nobody sees them by accident. Untick a file to leave it out. Select one and press Reveal to see it clearly.</source>
        <translation>الصور مموَّهة حتى لا يراها أحد مصادفةً. أزل العلامة عن ملف لاستبعاده. حدد ملفًا واضغط «إظهار» لتراه بوضوح.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to review</source>
        <translation>طريقة المراجعة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files with fingerprints</source>
        <translation>الملفات ذات البصمات الرقمية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One entry per file. Space ticks or unticks the selected file; ticked files will be sent.</source>
        <translation>عنصر لكل ملف. مفتاح المسافة يضع العلامة على الملف المحدد أو يزيلها؛ الملفات المعلَّمة هي التي ستُرسَل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About the selected file</source>
        <translation>عن الملف المحدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>ملخص</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+90"/>
        <source>Re&amp;veal this picture</source>
        <translation>إ&amp;ظهار هذه الصورة</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Shows the selected picture clearly, or blurs it again.</source>
        <translation>يُظهر الصورة المحددة بوضوح، أو يموّهها من جديد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+102"/>
        <source>Reveal &amp;all</source>
        <translation>إظهار ال&amp;كل</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Shows all pictures clearly, or blurs them all again.</source>
        <translation>يُظهر كل الصور بوضوح، أو يموّهها كلها من جديد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+87"/>
        <source>&amp;Leave this one out</source>
        <translation>&amp;استبعاد هذا الملف</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Leaves the selected file out of what is sent, or puts it back.</source>
        <translation>يستبعد الملف المحدد مما سيُرسَل، أو يعيده.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;exactly what will be sent</source>
        <translation>عرض ما سيُرسَل &amp;بالضبط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the document that will leave this computer, to read it.</source>
        <translation>يفتح المستند الذي سيخرج من هذا الحاسوب لقراءته.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the chosen files; the fingerprints are kept.</source>
        <translation>العودة إلى الملفات المختارة؛ يُحتفظ بالبصمات الرقمية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Continue: send or save</source>
        <translation>&amp;متابعة: الإرسال أو الحفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on to choose whether to send the fingerprints or save them to a file.</source>
        <translation>المتابعة لاختيار إرسال البصمات الرقمية أو حفظها في ملف.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Blur this &amp;picture</source>
        <translation>تمويه هذه ال&amp;صورة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put this one bac&amp;k</source>
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
    <name>SavePanel</name>
    <message>
        <location filename="../../gui/panels/saving.py" line="+51"/>
        <source>Save to a file instead</source>
        <translation>الحفظ في ملف بدلًا من ذلك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save to a file</source>
        <translation>الحفظ في ملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the fingerprints to a file, to send later from another computer with the app&apos;s “Send a saved file”.</source>
        <translation>احفظ البصمات الرقمية في ملف، لإرسالها لاحقًا من حاسوب آخر عبر «إرسال ملف محفوظ» في التطبيق.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prot&amp;ect the file with a passphrase</source>
        <translation>&amp;حماية الملف بعبارة مرور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protect with a passphrase</source>
        <translation>الحماية بعبارة مرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locks the file so only someone who knows the passphrase can open it.</source>
        <translation>يقفل الملف حتى لا يفتحه إلا من يعرف عبارة المرور.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>At least %1 characters. A few unrelated words are easy to remember.</source>
        <translation>%1 حرفًا على الأقل. بضع كلمات لا رابط بينها سهلة التذكر.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the same passphrase again, to be sure it has no typing mistake.</source>
        <translation>اكتب عبارة المرور نفسها مرة أخرى، للتأكد من خلوها من أخطاء الكتابة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same passphrase again</source>
        <translation>عبارة المرور نفسها مرة أخرى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save to a &amp;file…</source>
        <translation>ح&amp;فظ في ملف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chooses where to save the file of fingerprints. No pictures go in it.</source>
        <translation>يختار مكان حفظ ملف البصمات الرقمية. لا توضع فيه أي صور.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving status</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the fingerprints</source>
        <translation>حفظ البصمات الرقمية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the file of fingerprints.</source>
        <translation>اختر مكان حفظ ملف البصمات الرقمية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint files (*.stopncii.json);;All files (*)</source>
        <translation>ملفات البصمات الرقمية (*.stopncii.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>يجب أن تتكون عبارة المرور من %1 حرفًا على الأقل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>عبارتا المرور غير متطابقتين. يُرجى كتابتهما مرة أخرى.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The fingerprints were saved to a file.</source>
        <translation>حُفظت البصمات الرقمية في ملف.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. Take the file to a computer with internet, open this app there and choose “Send a saved file”.</source>
        <translation>حُفظ. انقل الملف إلى حاسوب متصل بالإنترنت، وافتح هذا التطبيق عليه واختر «إرسال ملف محفوظ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file holds the fingerprints and the case token, so keep it as safe as the token itself.</source>
        <translation>يحتوي الملف على البصمات الرقمية ورمز الحالة، فاحفظه في مكان آمن كما تحفظ الرمز نفسه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file holds fingerprints only.</source>
        <translation>لا يحتوي الملف إلا على البصمات الرقمية.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file could not be saved: %1. Nothing else was changed.</source>
        <translation>تعذّر حفظ الملف: %1. لم يتغير أي شيء آخر.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save this client’s fingerprints and case token to a file for them, then press Next client again.</source>
        <translation>احفظ بصمات هذا المستفيد ورمز حالته في ملف له، ثم اضغط «المستفيد التالي» مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <location filename="../../gui/pages/send.py" line="+48"/>
        <source>Send or save the fingerprints</source>
        <extracomment>What the sending and saving messages are about: the file opened (None: the review&apos;s files) and the fingerprints (see :meth:`entered`).</extracomment>
        <translation>إرسال البصمات الرقمية أو حفظها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose to send the fingerprints to the bank now, or save them to a file.</source>
        <translation>اختر إرسال البصمات الرقمية إلى البنك الآن، أو حفظها في ملف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is ready</source>
        <translation>ما هو جاهز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back; nothing is sent.</source>
        <translation>العودة؛ لا يُرسَل أي شيء.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n picture(s) or video(s) have fingerprints ready.</source>
        <translation>
            <numerusform>لا توجد صور أو مقاطع فيديو لها بصمات جاهزة.</numerusform>
            <numerusform>صورة واحدة أو مقطع فيديو واحد له بصمات جاهزة.</numerusform>
            <numerusform>صورتان أو مقطعا فيديو لهما بصمات جاهزة.</numerusform>
            <numerusform>%n صور أو مقاطع فيديو لها بصمات جاهزة.</numerusform>
            <numerusform>%n صورة أو مقطع فيديو لها بصمات جاهزة.</numerusform>
            <numerusform>%n صورة أو مقطع فيديو لها بصمات جاهزة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the fingerprints and a case token can leave this computer.</source>
        <translation>لا يمكن أن يخرج من هذا الحاسوب إلا البصمات الرقمية ورمز الحالة.</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <location filename="../../gui/panels/sending.py" line="+79"/>
        <location line="+3"/>
        <source>Send to the hash bank</source>
        <extracomment>True while the page&apos;s job is a submission of this panel.</extracomment>
        <translation>الإرسال إلى بنك البصمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the fingerprints and a case token to the bank.</source>
        <translation>إرسال البصمات الرقمية ورمز حالة إلى البنك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where they go</source>
        <translation>إلى أين تذهب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Practice mode: try it with a practice server on this computer</source>
        <translation>&amp;وضع التدريب: التجربة مع خادم تدريب على هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practice mode</source>
        <translation>وضع التدريب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends the fingerprints to a practice server on this computer instead of a real bank. Nothing is protected and nothing leaves the computer.</source>
        <translation>يرسل البصمات الرقمية إلى خادم تدريب على هذا الحاسوب بدلًا من بنك حقيقي. لا يُحمى أي شيء ولا يخرج أي شيء من الحاسوب.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Send to this bank…</source>
        <translation>إرسال إلى هذا ال&amp;بنك…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks you to confirm, then sends only the fingerprints and a case token.</source>
        <translation>يطلب منك التأكيد، ثم لا يرسل إلا البصمات الرقمية ورمز حالة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Yes, send now</source>
        <translation>&amp;نعم، الإرسال الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends the fingerprints and the case token now.</source>
        <translation>يرسل البصمات الرقمية ورمز الحالة الآن.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not no&amp;w</source>
        <translation>&amp;ليس الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends nothing. You can still save to a file.</source>
        <translation>لا يرسل أي شيء. ما زال بإمكانك الحفظ في ملف.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show e&amp;xactly what will be sent</source>
        <translation>عرض ما سيُرسَل بال&amp;ضبط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens, to read, the requests that will go to the bank, as they will go.</source>
        <translation>يفتح الطلبات التي ستذهب إلى البنك، كما ستذهب تمامًا، لقراءتها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending</source>
        <translation>جارٍ الإرسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows that the app is talking to the bank.</source>
        <translation>يبيّن أن التطبيق يتواصل مع البنك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending status</source>
        <translation>حالة الإرسال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>St&amp;op</source>
        <translation>إي&amp;قاف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops waiting for the bank. What was not sent stays kept on this computer.</source>
        <translation>يتوقف عن انتظار البنك. ما لم يُرسَل يبقى محفوظًا على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>T&amp;ry again</source>
        <translation>إعادة ال&amp;محاولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tries again to send what is waiting.</source>
        <translation>يحاول من جديد إرسال ما هو بانتظار الإرسال.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No bank is set up yet. You can save the fingerprints to a file, try practice mode, or add a bank in Settings.</source>
        <translation>لم يُعَدّ أي بنك بعد. يمكنك حفظ البصمات الرقمية في ملف، أو تجربة وضع التدريب، أو إضافة بنك من الإعدادات.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(The bank settings could not be used: see Settings.)</source>
        <translation>(تعذّر استخدام إعدادات البنك: انظر الإعدادات.)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PRACTICE: the fingerprints go to a practice server on this computer (%1). Nothing is really sent and nothing is protected.</source>
        <translation>تدريب: تذهب البصمات الرقمية إلى خادم تدريب على هذا الحاسوب (%1). لا يُرسَل أي شيء فعلًا ولا يُحمى أي شيء.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fingerprints will go to: %1, at %2</source>
        <translation>ستذهب البصمات الرقمية إلى: %1، على %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>This bank takes at most %n picture fingerprint(s) per photo: each photo&apos;s own and the most useful others are sent.</source>
        <translation>
            <numerusform>لا يأخذ هذا البنك أي بصمة صورة لكل صورة.</numerusform>
            <numerusform>يأخذ هذا البنك بصمة صورة واحدة على الأكثر لكل صورة: تُرسل بصمة الصورة نفسها.</numerusform>
            <numerusform>يأخذ هذا البنك بصمتي صورة على الأكثر لكل صورة: تُرسل بصمة الصورة نفسها والأنفع بعدها.</numerusform>
            <numerusform>يأخذ هذا البنك %n بصمات صور على الأكثر لكل صورة: تُرسل بصمة الصورة نفسها والأنفع من غيرها.</numerusform>
            <numerusform>يأخذ هذا البنك %n بصمة صورة على الأكثر لكل صورة: تُرسل بصمة الصورة نفسها والأنفع من غيرها.</numerusform>
            <numerusform>يأخذ هذا البنك %n بصمة صورة على الأكثر لكل صورة: تُرسل بصمة الصورة نفسها والأنفع من غيرها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>You are about to send the fingerprints of %n file(s) and a new case token</source>
        <translation>
            <numerusform>أنت على وشك إرسال رمز حالة جديد دون بصمات</numerusform>
            <numerusform>أنت على وشك إرسال بصمات ملف واحد ورمز حالة جديد</numerusform>
            <numerusform>أنت على وشك إرسال بصمات ملفين ورمز حالة جديد</numerusform>
            <numerusform>أنت على وشك إرسال بصمات %n ملفات ورمز حالة جديد</numerusform>
            <numerusform>أنت على وشك إرسال بصمات %n ملفًا ورمز حالة جديد</numerusform>
            <numerusform>أنت على وشك إرسال بصمات %n ملف ورمز حالة جديد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to %1 at %2.</source>
        <translation>إلى %1 على %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No pictures, file names or other details are sent. Send now?</source>
        <translation>لا تُرسَل أي صور أو أسماء ملفات أو تفاصيل أخرى. هل تريد الإرسال الآن؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(Practice: nothing really leaves this computer.)</source>
        <translation>(تدريب: لا يخرج أي شيء فعلًا من هذا الحاسوب.)</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n of them will not be sent to this bank (it does not take that kind, or takes fewer per picture); the exact text shows what goes.</source>
        <translation>
            <numerusform>لن يُستبعد منها شيء.</numerusform>
            <numerusform>لن تُرسل واحدة منها إلى هذا البنك (لا يأخذ هذا النوع، أو يأخذ أقل لكل صورة)؛ النص الدقيق يبيّن ما سيُرسل.</numerusform>
            <numerusform>لن تُرسل اثنتان منها إلى هذا البنك (لا يأخذ هذا النوع، أو يأخذ أقل لكل صورة)؛ النص الدقيق يبيّن ما سيُرسل.</numerusform>
            <numerusform>لن تُرسل %n منها إلى هذا البنك (لا يأخذ هذا النوع، أو يأخذ أقل لكل صورة)؛ النص الدقيق يبيّن ما سيُرسل.</numerusform>
            <numerusform>لن تُرسل %n منها إلى هذا البنك (لا يأخذ هذا النوع، أو يأخذ أقل لكل صورة)؛ النص الدقيق يبيّن ما سيُرسل.</numerusform>
            <numerusform>لن تُرسل %n منها إلى هذا البنك (لا يأخذ هذا النوع، أو يأخذ أقل لكل صورة)؛ النص الدقيق يبيّن ما سيُرسل.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Sending did not start: %1.</source>
        <translation>لم يبدأ الإرسال: %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sending the fingerprints…</source>
        <translation>جارٍ إرسال البصمات الرقمية…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending the fingerprints to the practice bank on this computer.</source>
        <translation>تُرسل البصمات الرقمية إلى بنك التدريب على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending the fingerprints to the bank.</source>
        <translation>تُرسل البصمات الرقمية إلى البنك.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sent.</source>
        <translation>أُرسل.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Fingerprints sent: the bank stored %n fingerprint(s).</source>
        <translation>
            <numerusform>أُرسلت البصمات الرقمية: لم يحفظ البنك أي بصمة.</numerusform>
            <numerusform>أُرسلت البصمات الرقمية: حفظ البنك بصمة واحدة.</numerusform>
            <numerusform>أُرسلت البصمات الرقمية: حفظ البنك بصمتين.</numerusform>
            <numerusform>أُرسلت البصمات الرقمية: حفظ البنك %n بصمات.</numerusform>
            <numerusform>أُرسلت البصمات الرقمية: حفظ البنك %n بصمة.</numerusform>
            <numerusform>أُرسلت البصمات الرقمية: حفظ البنك %n بصمة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopped.</source>
        <translation>توقف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fingerprints could not be sent: %1.</source>
        <translation>تعذّر إرسال البصمات الرقمية: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fingerprints could not be sent because of a problem in the app.</source>
        <translation>تعذّر إرسال البصمات الرقمية بسبب مشكلة في التطبيق.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They wait in the app, not on the computer, until Next client. Press “Try again” when you are ready, or save them to a file for the client.</source>
        <translation>هي تنتظر داخل التطبيق، لا على الحاسوب، حتى «المستفيد التالي». اضغط «إعادة المحاولة» عندما تكون مستعدًا، أو احفظها في ملف للمستفيد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They are kept safely on this computer, waiting. Press “Try again” when you are ready, or save them to a file instead.</source>
        <translation>هي محفوظة بأمان على هذا الحاسوب بانتظار الإرسال. اضغط «إعادة المحاولة» عندما تكون مستعدًا، أو احفظها في ملف بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was lost: you can try again or save to a file.</source>
        <translation>لم يضع أي شيء: يمكنك المحاولة مرة أخرى أو الحفظ في ملف.</translation>
    </message>
</context>
<context>
    <name>SettingsConnection</name>
    <message>
        <location filename="../../gui/settings_connection.py" line="+32"/>
        <source>The server answered, but it has no bank named %1.</source>
        <translation>استجاب الخادم، لكن لا يوجد فيه بنك باسم %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bank answered. This profile works.</source>
        <translation>استجاب البنك. ملف التعريف هذا يعمل.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../gui/pages/settings.py" line="+62"/>
        <source>Settings</source>
        <extracomment>The settings as saved (the defaults when the file could not be read).</extracomment>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Banks, language, extra fingerprints and caseworker mode.</source>
        <translation>البنوك، واللغة، والبصمات الرقمية الإضافية، ووضع مسؤول الحالات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you were. Settings are already saved.</source>
        <translation>العودة إلى حيث كنت. الإعدادات محفوظة بالفعل.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The saved settings could not be read, so the defaults are used: %1</source>
        <translation>تعذّرت قراءة الإعدادات المحفوظة، لذا تُستخدم الإعدادات الافتراضية: %1</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
</context>
<context>
    <name>SettingsProfiles</name>
    <message>
        <location filename="../../gui/settings_profiles.py" line="-241"/>
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
        <location filename="../../gui/stores.py" line="-4"/>
        <source>The settings could not be saved (%1).</source>
        <translation>تعذّر حفظ الإعدادات (%1).</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../gui/pages/status.py" line="+65"/>
        <source>Check or withdraw a case</source>
        <translation>التحقق من حالة أو سحبها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See what the bank holds for a case, and take fingerprints out again.</source>
        <translation>معرفة ما يحفظه البنك لحالة ما، وسحب البصمات الرقمية منه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type your case token, or open the receipt you saved. Withdrawing takes the fingerprints out of the bank: platforms will then no longer block matching uploads.</source>
        <translation>اكتب رمز حالتك، أو افتح الإيصال الذي حفظته. السحب يُخرج البصمات الرقمية من البنك: وبعدها لن تمنع المنصات رفع ما يطابقها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How this works</source>
        <translation>كيف يعمل هذا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Check the case</source>
        <translation>التح&amp;قق من الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the bank what it holds for this case.</source>
        <translation>يسأل البنك عمّا يحفظه لهذه الحالة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The app is talking to the bank.</source>
        <translation>يتواصل التطبيق مع البنك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the first page.</source>
        <translation>العودة إلى الصفحة الأولى.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Please wait: the app is still talking to the bank.</source>
        <translation>يُرجى الانتظار: التطبيق ما زال يتواصل مع البنك.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please check the case token: %1.</source>
        <translation>يُرجى التحقق من رمز الحالة: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>The bank was asked about the case: %n fingerprint(s).</source>
        <translation>
            <numerusform>سُئل البنك عن الحالة: لا توجد أي بصمة.</numerusform>
            <numerusform>سُئل البنك عن الحالة: بصمة واحدة.</numerusform>
            <numerusform>سُئل البنك عن الحالة: بصمتان.</numerusform>
            <numerusform>سُئل البنك عن الحالة: %n بصمات.</numerusform>
            <numerusform>سُئل البنك عن الحالة: %n بصمة.</numerusform>
            <numerusform>سُئل البنك عن الحالة: %n بصمة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bank holds nothing for this case token. Check that every character of the token is right; if it is, this case was withdrawn or never sent there.</source>
        <translation>لا يحفظ البنك شيئًا لرمز الحالة هذا. تأكّد من صحة كل حرف في الرمز؛ وإن كان صحيحًا، فقد سُحبت هذه الحالة أو لم تُرسل إلى هناك قط.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing of this case is in the bank any more: it was withdrawn. Platforms no longer use it to block uploads.</source>
        <translation>لم يعد في البنك شيء من هذه الحالة: لقد سُحبت. لم تعد المنصات تستخدمها لمنع الرفع.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n picture(s) or video(s) of this case are in the bank,</source>
        <translation>
            <numerusform>لا صور ولا فيديوهات من هذه الحالة في البنك،</numerusform>
            <numerusform>صورة أو فيديو واحد من هذه الحالة في البنك،</numerusform>
            <numerusform>صورتان أو فيديوهان من هذه الحالة في البنك،</numerusform>
            <numerusform>%n صور أو فيديوهات من هذه الحالة في البنك،</numerusform>
            <numerusform>%n صورة أو فيديو من هذه الحالة في البنك،</numerusform>
            <numerusform>%n صورة أو فيديو من هذه الحالة في البنك،</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>with %n fingerprint(s) in all.</source>
        <translation>
            <numerusform>دون أي بصمة.</numerusform>
            <numerusform>ببصمة واحدة في المجموع.</numerusform>
            <numerusform>ببصمتين في المجموع.</numerusform>
            <numerusform>بـ%n بصمات في المجموع.</numerusform>
            <numerusform>بـ%n بصمة في المجموع.</numerusform>
            <numerusform>بـ%n بصمة في المجموع.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each photo gives several fingerprints, so that edited copies (cropped, turned, with text added) are matched too.</source>
        <translation>تعطي كل صورة عدة بصمات، حتى تُطابَق النسخ المعدَّلة أيضًا (المقصوصة، أو المدوَّرة، أو التي أضيف إليها نص).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n were withdrawn.</source>
        <translation>
            <numerusform>لم يُسحب شيء.</numerusform>
            <numerusform>سُحب واحد.</numerusform>
            <numerusform>سُحب اثنان.</numerusform>
            <numerusform>سُحب %n.</numerusform>
            <numerusform>سُحب %n.</numerusform>
            <numerusform>سُحب %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fingerprints were withdrawn from the bank.</source>
        <translation>سُحبت البصمات الرقمية من البنك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was withdrawn: the bank no longer held it. The list below shows what the bank holds now.</source>
        <translation>لم يُسحب شيء: لم يعد البنك يحفظه. تبيّن القائمة أدناه ما يحفظه البنك الآن.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Withdrawn: the whole case, %n fingerprint(s).</source>
        <translation>
            <numerusform>سُحبت: الحالة كلها، دون بصمات.</numerusform>
            <numerusform>سُحبت: الحالة كلها، بصمة واحدة.</numerusform>
            <numerusform>سُحبت: الحالة كلها، بصمتان.</numerusform>
            <numerusform>سُحبت: الحالة كلها، %n بصمات.</numerusform>
            <numerusform>سُحبت: الحالة كلها، %n بصمة.</numerusform>
            <numerusform>سُحبت: الحالة كلها، %n بصمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Withdrawn: picture %1, %n fingerprint(s).</source>
        <translation>
            <numerusform>سُحبت: الصورة %1، دون بصمات.</numerusform>
            <numerusform>سُحبت: الصورة %1، بصمة واحدة.</numerusform>
            <numerusform>سُحبت: الصورة %1، بصمتان.</numerusform>
            <numerusform>سُحبت: الصورة %1، %n بصمات.</numerusform>
            <numerusform>سُحبت: الصورة %1، %n بصمة.</numerusform>
            <numerusform>سُحبت: الصورة %1، %n بصمة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Withdrawn: one fingerprint.</source>
        <translation>سُحبت: بصمة واحدة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list below shows what the bank holds now.</source>
        <translation>تبيّن القائمة أدناه ما يحفظه البنك الآن.</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Asking the bank…</source>
        <translation>جارٍ سؤال البنك…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Withdrawing…</source>
        <translation>جارٍ السحب…</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>This was a practice case. Practice mode has ended since, and the practice server forgot all it held, so there is nothing to check or withdraw.</source>
        <translation>كانت هذه حالة تدريب. وقد انتهى وضع التدريب منذ ذلك الحين، ونسي خادم التدريب كل ما كان يحمله، فلا يوجد ما يمكن التحقق منه أو سحبه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bank could not be asked: %1.</source>
        <translation>تعذّر سؤال البنك: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the internet connection and try again.</source>
        <translation>تحقق من الاتصال بالإنترنت وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong in the app. Please try again.</source>
        <translation>حدث خطأ في التطبيق. يُرجى المحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../gui/steps.py" line="+26"/>
        <source>Choose</source>
        <extracomment>The steps of the flow, in order (their words are made in :func:`step_names`). The height of the bar under each step, in logical pixels.</extracomment>
        <translation>الاختيار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprints</source>
        <translation>البصمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send or save</source>
        <translation>الإرسال أو الحفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>الإيصال</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step %1 of %2: %3</source>
        <translation>الخطوة %1 من %2: %3</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. Done.</source>
        <translation>%1. تمت.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. You are here.</source>
        <translation>%1. أنت هنا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. Still to come.</source>
        <translation>%1. لم تأتِ بعد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where you are</source>
        <translation>أين أنت</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../gui/texts.py" line="+29"/>
        <source>This file could not be found. It may have been moved or deleted.</source>
        <translation>تعذّر العثور على هذا الملف. ربما نُقل أو حُذف.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file could not be opened. You may not have permission to read it.</source>
        <translation>تعذّر فتح هذا الملف. ربما لا تملك إذنًا بقراءته.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is empty.</source>
        <translation>هذا الملف فارغ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not a photo or video that the app can read.</source>
        <translation>هذا الملف ليس صورة أو فيديو يستطيع التطبيق قراءته.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This type of file is not supported.</source>
        <translation>هذا النوع من الملفات غير مدعوم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is damaged or incomplete, so it could not be read.</source>
        <translation>هذا الملف تالف أو ناقص، لذا تعذّرت قراءته.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This picture is too small to make a fingerprint.</source>
        <translation>هذه الصورة أصغر من أن تُصنع لها بصمة رقمية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This picture is too large to open safely on this computer, so it was not opened.</source>
        <translation>هذه الصورة أكبر من أن تُفتح بأمان على هذا الحاسوب، لذا لم تُفتح.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a file (it may be a folder or a device).</source>
        <translation>هذا ليس ملفًا (ربما يكون مجلدًا أو جهازًا).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a shortcut (link) that leads nowhere, so there is no file to read.</source>
        <translation>هذا اختصار (رابط) لا يؤدي إلى أي مكان، لذا لا يوجد ملف لقراءته.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading this file made the picture reader fail. It may be damaged.</source>
        <translation>تعطّل قارئ الصور عند قراءة هذا الملف. ربما يكون تالفًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading this file stopped making progress, so it was stopped. It may be damaged.</source>
        <translation>توقفت قراءة هذا الملف عن التقدّم، لذا أُوقفت. ربما يكون تالفًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file has no video in it (it may be sound only).</source>
        <translation>لا يحتوي هذا الملف على فيديو (ربما يكون صوتًا فقط).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No picture in this video could be read. It may be damaged.</source>
        <translation>تعذّرت قراءة أي صورة في هذا الفيديو. ربما يكون تالفًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped before this file was finished.</source>
        <translation>توقف العمل قبل اكتمال هذا الملف.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Something went wrong while reading this file.</source>
        <translation>حدث خطأ أثناء قراءة هذا الملف.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Low quality: this picture has too little detail (it may be very dark, plain or blurry) for a reliable fingerprint. Only exact copies of this file can be matched.</source>
        <translation>جودة منخفضة: في هذه الصورة تفاصيل قليلة جدًا (ربما لأنها داكنة جدًا أو بلون واحد أو ضبابية) لصنع بصمة رقمية موثوقة. لا يمكن مطابقة إلا النسخ المطابقة تمامًا لهذا الملف.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not a photo or video the app can read.</source>
        <translation>ليس صورة أو فيديو يستطيع التطبيق قراءته.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the computer would not read or write the file</source>
        <translation>لم يسمح الحاسوب بقراءة الملف أو كتابته</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
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
    <message>
        <location line="+6"/>
        <source>the bank could not be reached, or it is busy (the internet may be off)</source>
        <translation>تعذّر الوصول إلى البنك، أو أنه مشغول (ربما الإنترنت مقطوع)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the bank refused access: the access key in the bank&apos;s settings may be wrong</source>
        <translation>رفض البنك الدخول: ربما مفتاح الدخول في إعدادات البنك خاطئ</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>the bank answered with an error</source>
        <translation>ردّ البنك بخطأ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a file on this computer could not be read or written</source>
        <translation>تعذّرت قراءة ملف على هذا الحاسوب أو كتابته</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not one the app can read, or its passphrase is wrong</source>
        <translation>الملف ليس من النوع الذي يقرؤه التطبيق، أو عبارة المرور خاطئة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the case token is not right</source>
        <translation>رمز الحالة غير صحيح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bank&apos;s settings are not complete</source>
        <translation>إعدادات البنك غير مكتملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something went wrong inside the app (not something you did)</source>
        <translation>حدث خطأ داخل التطبيق (ليس بسبب شيء فعلته)</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>the bank does not know this case, or its address in the settings is wrong</source>
        <translation>البنك لا يعرف هذه الحالة، أو أن عنوانه في الإعدادات خاطئ</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n picture fingerprint(s) of low quality (the picture is very dark, plain or blurry there), which would not match reliably.</source>
        <translation>
            <numerusform>لا بصمات صور منخفضة الجودة.</numerusform>
            <numerusform>بصمة صورة واحدة منخفضة الجودة (الصورة داكنة جدًا أو بلون واحد أو ضبابية هناك)، لا تُطابَق بشكل موثوق.</numerusform>
            <numerusform>بصمتا صورة منخفضتا الجودة (الصورة داكنة جدًا أو بلون واحد أو ضبابية هناك)، لا تُطابَقان بشكل موثوق.</numerusform>
            <numerusform>%n بصمات صور منخفضة الجودة (الصورة داكنة جدًا أو بلون واحد أو ضبابية هناك)، لا تُطابَق بشكل موثوق.</numerusform>
            <numerusform>%n بصمة صورة منخفضة الجودة (الصورة داكنة جدًا أو بلون واحد أو ضبابية هناك)، لا تُطابَق بشكل موثوق.</numerusform>
            <numerusform>%n بصمة صورة منخفضة الجودة (الصورة داكنة جدًا أو بلون واحد أو ضبابية هناك)، لا تُطابَق بشكل موثوق.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n video fingerprint(s) with no clear frame, which would not match reliably.</source>
        <translation>
            <numerusform>لا بصمات فيديو دون لقطة واضحة.</numerusform>
            <numerusform>بصمة فيديو واحدة دون لقطة واضحة، لا تُطابَق بشكل موثوق.</numerusform>
            <numerusform>بصمتا فيديو دون لقطة واضحة، لا تُطابَقان بشكل موثوق.</numerusform>
            <numerusform>%n بصمات فيديو دون لقطة واضحة، لا تُطابَق بشكل موثوق.</numerusform>
            <numerusform>%n بصمة فيديو دون لقطة واضحة، لا تُطابَق بشكل موثوق.</numerusform>
            <numerusform>%n بصمة فيديو دون لقطة واضحة، لا تُطابَق بشكل موثوق.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Video fingerprints: this bank does not take them.</source>
        <translation>بصمات الفيديو: هذا البنك لا يأخذها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picture fingerprints: this bank does not take them.</source>
        <translation>بصمات الصور: هذا البنك لا يأخذها.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n fingerprint(s) for edited copies: this bank takes at most %1 per picture, so the most useful ones were sent.</source>
        <translation>
            <numerusform>لا بصمات للنسخ المعدَّلة؛ هذا البنك يأخذ %1 على الأكثر لكل صورة.</numerusform>
            <numerusform>بصمة واحدة للنسخ المعدَّلة: هذا البنك يأخذ %1 على الأكثر لكل صورة، فأُرسلت الأنفع منها.</numerusform>
            <numerusform>بصمتان للنسخ المعدَّلة: هذا البنك يأخذ %1 على الأكثر لكل صورة، فأُرسلت الأنفع منها.</numerusform>
            <numerusform>%n بصمات للنسخ المعدَّلة: هذا البنك يأخذ %1 على الأكثر لكل صورة، فأُرسلت الأنفع منها.</numerusform>
            <numerusform>%n بصمة للنسخ المعدَّلة: هذا البنك يأخذ %1 على الأكثر لكل صورة، فأُرسلت الأنفع منها.</numerusform>
            <numerusform>%n بصمة للنسخ المعدَّلة: هذا البنك يأخذ %1 على الأكثر لكل صورة، فأُرسلت الأنفع منها.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the practice server on this computer</source>
        <translation>خادم التدريب على هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../gui/pages/welcome.py" line="+68"/>
        <source>StopNCII Desktop</source>
        <translation>StopNCII Desktop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The app&apos;s sign.</source>
        <translation>شعار التطبيق.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protect your pictures from being shared</source>
        <translation>احمِ صورك من النشر دون موافقتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first page: what this app does and does not do.</source>
        <translation>الصفحة الأولى: ما يفعله هذا التطبيق وما لا يفعله.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This app makes a fingerprint (a hash) of each photo or video you choose. It does this here, on this computer. Your pictures never leave it: only the fingerprints are sent, and only when you say so.</source>
        <translation>يصنع هذا التطبيق بصمة رقمية (hash) لكل صورة أو مقطع فيديو تختاره. ويفعل ذلك هنا، على هذا الحاسوب. صورك لا تغادره أبدًا: تُرسَل البصمات الرقمية وحدها، وفقط عندما تطلب ذلك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the app does</source>
        <translation>ما يفعله التطبيق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platforms that use the hash bank can then block uploads that match your fingerprints. Platforms that do not use it cannot. The app cannot remove pictures that are already posted.</source>
        <translation>بعد ذلك تستطيع المنصات التي تستخدم بنك البصمات منع رفع ما يطابق بصماتك الرقمية. أما المنصات التي لا تستخدمه فلا تستطيع. ولا يستطيع التطبيق إزالة صور نُشرت من قبل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the app cannot do</source>
        <translation>ما لا يستطيع التطبيق فعله</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is for adults, for pictures of themselves.</source>
        <translation>هذا التطبيق للبالغين، لصورهم هم أنفسهم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who the app is for</source>
        <translation>لمن هذا التطبيق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Were you under 18 in the pictures? Then please use Take It Down from NCMEC instead: %1. It is free and made for this. You can also talk to a helpline in your country, or to an adult you trust.</source>
        <translation>هل كان عمرك أقل من 18 عامًا في هذه الصور؟ إذن يُرجى استخدام خدمة Take It Down من NCMEC بدلًا من ذلك: %1 . إنها مجانية ومصممة لهذا الغرض. ويمكنك أيضًا التحدث إلى خط مساعدة في بلدك، أو إلى شخص بالغ تثق به.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If you were under 18</source>
        <translation>إذا كان عمرك أقل من 18 عامًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures taken when you were under 18: use NCMEC&apos;s Take It Down at takeitdown.ncmec.org, or a helpline.</source>
        <translation>الصور الملتقطة حين كان عمرك أقل من 18 عامًا: استخدم خدمة Take It Down من NCMEC على takeitdown.ncmec.org، أو اتصل بخط مساعدة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start: choose photos and videos</source>
        <translation>&amp;البدء: اختيار الصور ومقاطع الفيديو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next step, where you choose the pictures to protect.</source>
        <translation>الانتقال إلى الخطوة التالية لاختيار الصور التي تريد حمايتها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check or &amp;withdraw a case</source>
        <translation>التحقق من حالة أو &amp;سحبها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a case token or open a saved receipt to see or withdraw a case.</source>
        <translation>أدخل رمز الحالة أو افتح إيصالًا محفوظًا لمعرفة حالتها أو سحبها.</translation>
    </message>
    <message>
        <location line="+4"/>
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
