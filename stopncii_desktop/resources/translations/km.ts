<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km">
<context>
    <name>BanksPanel</name>
    <message>
        <location filename="../../gui/panels/banks.py" line="+85"/>
        <location line="+3"/>
        <source>Banks</source>
        <translation>ធនាគារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where fingerprints can be sent. Without a bank you can still save a file.</source>
        <translation>កន្លែងដែលអាចផ្ញើស្នាមម្រាមដៃឌីជីថលទៅ។ ទោះគ្មានធនាគារ អ្នកនៅតែអាចរក្សាទុកជាឯកសារបាន។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No bank is set up. You can still make fingerprints, save them to a file, and practise sending. Your organisation may give you a profile file to open here.</source>
        <translation>មិនទាន់មានធនាគារណាមួយត្រូវបានរៀបចំទេ។ អ្នកនៅតែអាចបង្កើតស្នាមម្រាមដៃឌីជីថល រក្សាទុកវាជាឯកសារ និងហាត់ផ្ញើបាន។ អង្គការរបស់អ្នកអាចផ្ដល់ឯកសារប្រវត្តិរូបធនាគារមួយ ដើម្បីបើកនៅទីនេះ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No bank</source>
        <translation>គ្មានធនាគារ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank profiles</source>
        <translation>ប្រវត្តិរូបធនាគារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line per bank. The one marked is used for sending.</source>
        <translation>មួយបន្ទាត់សម្រាប់ធនាគារនីមួយៗ។ ធនាគារដែលមានសញ្ញាសម្គាល់ គឺជាធនាគារដែលប្រើសម្រាប់ផ្ញើ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add a bank…</source>
        <translation>បន្ថែមធនាគារ (&amp;A)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set up a new bank profile.</source>
        <translation>រៀបចំប្រវត្តិរូបធនាគារថ្មី។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>កែប្រែ (&amp;E)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the selected bank profile.</source>
        <translation>កែប្រែប្រវត្តិរូបធនាគារដែលបានជ្រើស។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>លុបចេញ (&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected bank profile.</source>
        <translation>លុបប្រវត្តិរូបធនាគារដែលបានជ្រើស។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Use for sending</source>
        <translation>ប្រើសម្រាប់ផ្ញើ (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send fingerprints to the selected bank.</source>
        <translation>ផ្ញើស្នាមម្រាមដៃឌីជីថលទៅធនាគារដែលបានជ្រើស។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test connect&amp;ion</source>
        <translation>សាកល្បងការតភ្ជាប់ (&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the selected bank whether it answers. Nothing of yours is sent.</source>
        <translation>សួរធនាគារដែលបានជ្រើស ថាតើវាឆ្លើយតបឬទេ។ គ្មានអ្វីរបស់អ្នកត្រូវបានផ្ញើទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open a profile file…</source>
        <translation>បើកឯកសារប្រវត្តិរូប (&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the bank profiles in a file your organisation gave you.</source>
        <translation>បន្ថែមប្រវត្តិរូបធនាគារ ពីឯកសារដែលអង្គការរបស់អ្នកបានផ្ដល់ឲ្យ។</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Saved the bank profile %1.</source>
        <translation>បានរក្សាទុកប្រវត្តិរូបធនាគារ %1។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A bank was saved in the settings.</source>
        <translation>បានរក្សាទុកធនាគារមួយក្នុងការកំណត់។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove this bank?</source>
        <translation>លុបធនាគារនេះឬ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the bank profile %1? Its address and access token are deleted.</source>
        <translation>លុបប្រវត្តិរូបធនាគារ %1 ឬ? អាសយដ្ឋាន និងកូដចូលប្រើរបស់វា នឹងត្រូវលុបចោល។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletes the bank profile.</source>
        <translation>លុបប្រវត្តិរូបធនាគារ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps the bank profile.</source>
        <translation>រក្សាប្រវត្តិរូបធនាគារទុក។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed the bank profile %1.</source>
        <translation>បានលុបប្រវត្តិរូបធនាគារ %1។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A bank was removed from the settings.</source>
        <translation>បានដកធនាគារមួយចេញពីការកំណត់។</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fingerprints will be sent to %1.</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលនឹងត្រូវផ្ញើទៅ %1។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a bank profile file</source>
        <translation>បើកឯកសារប្រវត្តិរូបធនាគារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the profile file your organisation gave you.</source>
        <translation>ជ្រើសឯកសារប្រវត្តិរូបដែលអង្គការរបស់អ្នកបានផ្ដល់ឲ្យ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank profiles (*.json);;All files (*)</source>
        <translation>ប្រវត្តិរូបធនាគារ (*.json);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This profile file was not used: %1</source>
        <translation>ឯកសារប្រវត្តិរូបនេះមិនត្រូវបានប្រើទេ៖ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file of bank settings was not taken: the app cannot read it.</source>
        <translation>មិនបានទទួលយកឯកសារការកំណត់ធនាគារទេ៖ កម្មវិធីមិនអាចអានវាបានទេ។</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Added %n bank profile(s): %1.</source>
        <translation>
            <numerusform>បានបន្ថែមប្រវត្តិរូបធនាគារចំនួន %n៖ %1។</numerusform>
            <numerusform>បានបន្ថែមប្រវត្តិរូបធនាគារចំនួន %n៖ %1។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A file of bank settings added %n bank(s).</source>
        <translation>
            <numerusform>ឯកសារការកំណត់ធនាគារបានបន្ថែមធនាគារចំនួន %n។</numerusform>
            <numerusform>ឯកសារការកំណត់ធនាគារបានបន្ថែមធនាគារចំនួន %n។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asking the bank…</source>
        <translation>កំពុងសួរធនាគារ…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The test failed: %1</source>
        <translation>ការសាកល្បងមិនបានសម្រេច៖ %1</translation>
    </message>
</context>
<context>
    <name>CaseChoice</name>
    <message>
        <location filename="../../gui/panels/case_choice.py" line="+51"/>
        <source>Case token</source>
        <extracomment>Shows a sentence on the page&apos;s result line (made again after a language change). A receipt now names the case (what was shown of the last one no longer holds). The receipts kept on this computer, as listed.</extracomment>
        <translation>លេខកូដករណី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the case token, in groups of four, then press Enter.</source>
        <translation>វាយលេខកូដករណី ជាក្រុមៗ ក្រុមមួយមានបួនតួ រួចចុច Enter។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case token, for example 7K3M-QX2A-…</source>
        <translation>លេខកូដករណី ឧទាហរណ៍ 7K3M-QX2A-…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open a saved receipt…</source>
        <translation>បើកបង្កាន់ដៃដែលបានរក្សាទុក (&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a receipt file saved after sending.</source>
        <translation>បើកឯកសារបង្កាន់ដៃដែលបានរក្សាទុកក្រោយពេលផ្ញើ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cases sent from this computer</source>
        <translation>ករណីដែលបានផ្ញើពីកុំព្យូទ័រនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a case whose receipt was kept on this computer.</source>
        <translation>ជ្រើសករណីមួយ ដែលបង្កាន់ដៃរបស់វាត្រូវបានរក្សាទុកនៅលើកុំព្យូទ័រនេះ។</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Cases sent from this computer: %n kept</source>
        <translation>
            <numerusform>ករណីដែលបានផ្ញើពីកុំព្យូទ័រនេះ៖ រក្សាទុកចំនួន %n</numerusform>
            <numerusform>ករណីដែលបានផ្ញើពីកុំព្យូទ័រនេះ៖ រក្សាទុកចំនួន %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Sent %1 UTC, %n fingerprint(s)</source>
        <translation>
            <numerusform>បានផ្ញើនៅ %1 UTC, ស្នាមម្រាមដៃឌីជីថលចំនួន %n</numerusform>
            <numerusform>បានផ្ញើនៅ %1 UTC, ស្នាមម្រាមដៃឌីជីថលចំនួន %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open a saved receipt</source>
        <translation>បើកបង្កាន់ដៃដែលបានរក្សាទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the receipt file you saved after sending.</source>
        <translation>ជ្រើសឯកសារបង្កាន់ដៃដែលអ្នកបានរក្សាទុកក្រោយពេលផ្ញើ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts (*.json);;All files (*)</source>
        <translation>បង្កាន់ដៃ (*.json);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This receipt could not be opened: %1.</source>
        <translation>មិនអាចបើកបង្កាន់ដៃនេះបានទេ៖ %1។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt opened. Press “Check the case”.</source>
        <translation>បានបើកបង្កាន់ដៃហើយ។ សូមចុច «ពិនិត្យករណី»។</translation>
    </message>
</context>
<context>
    <name>CaseModel</name>
    <message>
        <location filename="../../gui/case_model.py" line="+39"/>
        <source>video fingerprint</source>
        <extracomment>The item id of a picture row (&quot;&quot; when the bank did not say which picture). The remote id of a fingerprint row. True for a fingerprint row whose fingerprint is in the bank; for a picture row, True when any of its fingerprints is. Pixels across a row&apos;s thumbnail.</extracomment>
        <translation>ស្នាមម្រាមដៃឌីជីថលវីដេអូ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exact-copy fingerprint of the video</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលច្បាប់ចម្លងដូចបេះបិទនៃវីដេអូ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>picture fingerprint</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលរូបភាព</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extra picture fingerprint</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលរូបភាពបន្ថែម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exact-copy fingerprint</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលច្បាប់ចម្លងដូចបេះបិទ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in the bank; platforms can block matching uploads</source>
        <translation>នៅក្នុងធនាគារ។ វេទិកានានាអាចរារាំងការបង្ហោះដែលត្រូវគ្នា</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>withdrawn; no longer used to block uploads</source>
        <translation>បានដកវិញ។ លែងប្រើដើម្បីរារាំងការបង្ហោះទៀតហើយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>not in the bank</source>
        <translation>មិននៅក្នុងធនាគារទេ</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>a video</source>
        <translation>វីដេអូមួយ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a photo</source>
        <translation>រូបថតមួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a photo or video</source>
        <translation>រូបថត ឬវីដេអូមួយ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>all in the bank</source>
        <translation>ទាំងអស់នៅក្នុងធនាគារ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the bank</source>
        <translation>នៅក្នុងធនាគារ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 in the bank</source>
        <translation>%1 ក្នុងចំណោម %2 នៅក្នុងធនាគារ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>withdrawn: platforms no longer use it to block uploads</source>
        <translation>បានដកវិញ៖ វេទិកានានាលែងប្រើវាដើម្បីរារាំងការបង្ហោះទៀតហើយ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>sent on %1</source>
        <translation>បានផ្ញើនៅថ្ងៃ %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fingerprints the bank did not tie to a picture</source>
        <translation>ស្នាមម្រាមដៃឌីជីថល ដែលធនាគារមិនបានភ្ជាប់ទៅនឹងរូបភាពណាមួយ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A picture this computer has no receipt for</source>
        <translation>រូបភាពមួយ ដែលកុំព្យូទ័រនេះគ្មានបង្កាន់ដៃ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Picture %1 of %2</source>
        <translation>រូបភាពទី %1 ក្នុងចំណោម %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n fingerprint(s)</source>
        <translation>
            <numerusform>ស្នាមម្រាមដៃឌីជីថល %n</numerusform>
            <numerusform>ស្នាមម្រាមដៃឌីជីថល %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1៖ %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fingerprint %1: %2, %3</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលទី %1៖ %2, %3</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../../gui/pages/choose.py" line="+98"/>
        <location line="+58"/>
        <source>Choose photos and videos</source>
        <extracomment>At most this many files are listed (a guard against choosing a whole disk). Why each skipped file is skipped, to say it again in a new language. What the last look at the chosen paths found to say.</extracomment>
        <translation>ជ្រើសរើសរូបថត និងវីដេអូ</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Choose the pictures to make fingerprints of. Nothing is sent yet.</source>
        <translation>ជ្រើសរើសរូបភាពដែលត្រូវបង្កើតស្នាមម្រាមដៃឌីជីថល។ មិនទាន់មានអ្វីត្រូវបានផ្ញើនៅឡើយទេ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the photos and videos you want to protect: pick files, a whole folder, drag them here, or type a path. Nothing leaves this computer at this step.</source>
        <translation>បន្ថែមរូបថត និងវីដេអូដែលអ្នកចង់ការពារ៖ ជ្រើសឯកសារ ជ្រើសថតឯកសារទាំងមូល អូសវាមកដាក់ទីនេះ ឬវាយបញ្ចូលទីតាំងឯកសារ។ នៅជំហាននេះ គ្មានអ្វីចេញពីកុំព្យូទ័រនេះទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to choose</source>
        <translation>របៀបជ្រើសរើស</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;photos or videos…</source>
        <translation>បន្ថែមរូបថត ឬវីដេអូ (&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a window to pick one or more photo or video files.</source>
        <translation>បើកផ្ទាំងមួយ ដើម្បីជ្រើសឯកសាររូបថត ឬវីដេអូ មួយ ឬច្រើន។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a &amp;folder…</source>
        <translation>បន្ថែមថតឯកសារ (&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a window to pick a folder; every photo and video in it is added.</source>
        <translation>បើកផ្ទាំងមួយ ដើម្បីជ្រើសថតឯកសារ។ រូបថត និងវីដេអូទាំងអស់នៅក្នុងនោះ នឹងត្រូវបានបន្ថែម។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Path of a file or folder</source>
        <translation>ទីតាំងរបស់ឯកសារ ឬថតឯកសារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or paste the path of a photo, a video or a folder, then press Enter.</source>
        <translation>វាយ ឬបិទភ្ជាប់ទីតាំងរបស់រូបថត វីដេអូ ឬថតឯកសារ រួចចុច Enter។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or type a path here and press Enter</source>
        <translation>ឬវាយទីតាំងឯកសារនៅទីនេះ ហើយចុច Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;dd this path</source>
        <translation>បន្ថែមទីតាំងនេះ (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the file or folder typed in the box.</source>
        <translation>បន្ថែមឯកសារ ឬថតឯកសារដែលបានវាយក្នុងប្រអប់។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chosen files</source>
        <translation>ឯកសារដែលបានជ្រើស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files that will get a fingerprint, and any that will be skipped.</source>
        <translation>ឯកសារដែលនឹងទទួលបានស្នាមម្រាមដៃឌីជីថល និងឯកសារណាដែលនឹងត្រូវរំលង។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>សេចក្ដីសង្ខេប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>ថយក្រោយ (&amp;B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the first page.</source>
        <translation>ត្រឡប់ទៅទំព័រដំបូងវិញ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove selected</source>
        <translation>ដកឯកសារដែលបានជ្រើសចេញ (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes the selected files off the list.</source>
        <translation>ដកឯកសារដែលបានជ្រើសចេញពីបញ្ជី។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear list</source>
        <translation>សម្អាតបញ្ជី (&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Empties the list of files.</source>
        <translation>ដកឯកសារទាំងអស់ចេញពីបញ្ជី។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Make fingerprints</source>
        <translation>បង្កើតស្នាមម្រាមដៃឌីជីថល (&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes a fingerprint of each chosen file, on this computer.</source>
        <translation>បង្កើតស្នាមម្រាមដៃឌីជីថលនៃឯកសារដែលបានជ្រើសនីមួយៗ នៅលើកុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pick one or more photos or videos. They stay on this computer.</source>
        <translation>ជ្រើសរូបថត ឬវីដេអូ មួយ ឬច្រើន។ វានៅតែស្ថិតនៅលើកុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and videos (%1);;All files (*)</source>
        <translation>រូបថត និងវីដេអូ (%1);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a folder</source>
        <translation>ជ្រើសថតឯកសារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every photo and video inside the folder you pick is added.</source>
        <translation>រូបថត និងវីដេអូទាំងអស់នៅក្នុងថតឯកសារដែលអ្នកជ្រើស នឹងត្រូវបានបន្ថែម។</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Nothing was found at that path. Check it and try again.</source>
        <translation>រកមិនឃើញអ្វីនៅទីតាំងនោះទេ។ សូមពិនិត្យមើល ហើយព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first %1 files were added.</source>
        <translation>បានបន្ថែមតែឯកសារ %1 ដំបូងប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The chosen files could not be looked at. Please try again.</source>
        <translation>មិនអាចពិនិត្យមើលឯកសារដែលបានជ្រើសបានទេ។ សូមព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This folder could not be opened. You may not have permission to read it.</source>
        <translation>មិនអាចបើកថតឯកសារនេះបានទេ។ ប្រហែលជាអ្នកគ្មានសិទ្ធិអានវា។</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n file(s) chosen, %1 in all.</source>
        <translation>
            <numerusform>បានជ្រើសឯកសារចំនួន %n សរុប %1។</numerusform>
            <numerusform>បានជ្រើសឯកសារចំនួន %n សរុប %1។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) will be skipped: the reason is on each line.</source>
        <translation>
            <numerusform>នឹងរំលងឯកសារចំនួន %n៖ មូលហេតុមាននៅលើបន្ទាត់នីមួយៗ។</numerusform>
            <numerusform>នឹងរំលងឯកសារចំនួន %n៖ មូលហេតុមាននៅលើបន្ទាត់នីមួយៗ។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Looking at the chosen files…</source>
        <translation>កំពុងពិនិត្យមើលឯកសារដែលបានជ្រើស…</translation>
    </message>
</context>
<context>
    <name>ConfirmBar</name>
    <message>
        <location filename="../../gui/panels/confirm.py" line="+37"/>
        <source>Please confirm</source>
        <translation>សូមបញ្ជាក់</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../gui/document_dialog.py" line="+43"/>
        <source>picture fingerprint (PDQ)</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលរូបភាព (PDQ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>video fingerprint (vPDQ)</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលវីដេអូ (vPDQ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exact-copy fingerprint (MD5)</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលច្បាប់ចម្លងដូចបេះបិទ (MD5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exact-copy fingerprint (SHA-256)</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលច្បាប់ចម្លងដូចបេះបិទ (SHA-256)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exact-copy fingerprint of the video (MD5)</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលច្បាប់ចម្លងដូចបេះបិទនៃវីដេអូ (MD5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exact-copy fingerprint of the video (SHA-256)</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលច្បាប់ចម្លងដូចបេះបិទនៃវីដេអូ (SHA-256)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>extra picture fingerprint</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលរូបភាពបន្ថែម</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>as it is</source>
        <translation>ដូចដើម</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>turned upright</source>
        <translation>បានបង្វិលឱ្យត្រង់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>turned or mirrored</source>
        <translation>បានបង្វិល ឬត្រឡប់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cropped, with a caption</source>
        <translation>បានកាត់ ហើយមានអក្សរ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cropped</source>
        <translation>បានកាត់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with borders</source>
        <translation>មានស៊ុម</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with a caption</source>
        <translation>មានអក្សរ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slightly tilted</source>
        <translation>ផ្អៀងបន្តិច</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as a phone screenshot</source>
        <translation>ជារូបថតអេក្រង់ទូរស័ព្ទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an edited copy</source>
        <translation>ច្បាប់ចម្លងដែលគេបានកែ</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n ស៊ុមរូបភាព</numerusform>
            <numerusform>%n ស៊ុមរូបភាព</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Picture</source>
        <translation>រូបភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>ស្នាមម្រាមដៃឌីជីថល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>សម្រាប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (shortened)</source>
        <translation>តម្លៃ (កាត់ខ្លី)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality</source>
        <translation>គុណភាព</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Video %1</source>
        <translation>វីដេអូទី %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo %1</source>
        <translation>រូបថតទី %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exactly what will be sent</source>
        <translation>អ្វីៗដែលនឹងត្រូវផ្ញើ យ៉ាងពិតប្រាកដ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is everything that will leave this computer: fingerprints only. No pictures, file names, places or dates.</source>
        <translation>នេះជាអ្វីៗទាំងអស់ដែលនឹងចេញពីកុំព្យូទ័រនេះ៖ មានតែស្នាមម្រាមដៃឌីជីថលប៉ុណ្ណោះ។ គ្មានរូបភាព ឈ្មោះឯកសារ ទីកន្លែង ឬកាលបរិច្ឆេទទេ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About this document</source>
        <translation>អំពីឯកសារនេះ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fingerprints, one per line</source>
        <translation>ស្នាមម្រាមដៃឌីជីថល មួយបន្ទាត់មួយ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each line is one fingerprint that will be sent: the picture it comes from, what kind it is, which copy of the picture it is for, the start and end of its value, and its quality (50 or more is good).</source>
        <translation>បន្ទាត់នីមួយៗ គឺជាស្នាមម្រាមដៃឌីជីថលមួយដែលនឹងត្រូវផ្ញើ៖ រូបភាពដែលវាមកពី ប្រភេទរបស់វា ច្បាប់ចម្លងណាមួយនៃរូបភាពដែលវាសម្រាប់ ផ្នែកដើម និងចុងនៃតម្លៃរបស់វា និងគុណភាពរបស់វា (50 ឬលើសពីនេះគឺល្អ)។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The document</source>
        <translation>ខ្លឹមសារដែលនឹងផ្ញើ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fingerprints that will be sent, as the bank will receive them.</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលដែលនឹងត្រូវផ្ញើ ដូចដែលធនាគារនឹងទទួលបាន។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closes this window.</source>
        <translation>បិទផ្ទាំងនេះ។</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show as a &amp;table</source>
        <translation>បង្ហាញជាតារាង (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the fingerprints as a table, one per line.</source>
        <translation>បង្ហាញស្នាមម្រាមដៃឌីជីថលជាតារាង មួយបន្ទាត់មួយ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the &amp;exact text</source>
        <translation>បង្ហាញអត្ថបទពិតប្រាកដ (&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the exact text that will be sent, as the bank will receive it.</source>
        <translation>បង្ហាញអត្ថបទពិតប្រាកដដែលនឹងត្រូវផ្ញើ ដូចដែលធនាគារនឹងទទួលបាន។</translation>
    </message>
</context>
<context>
    <name>FingerprintsPanel</name>
    <message>
        <location filename="../../gui/panels/fingerprints.py" line="+91"/>
        <source>Pictures in this case</source>
        <extracomment>The picture&apos;s item id (withdraw all its fingerprints), or None. One fingerprint&apos;s remote id, or None. The picture&apos;s number as the list showed it (&quot;&quot; for the whole case). The person confirmed a :class:`Withdrawal`.</extracomment>
        <translation>រូបភាពក្នុងករណីនេះ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One line per picture or video, with what the bank holds of it. Each picture has several fingerprints, so that edited copies are matched too.</source>
        <translation>មួយបន្ទាត់សម្រាប់រូបភាព ឬវីដេអូនីមួយៗ ជាមួយអ្វីដែលធនាគារកំពុងរក្សាទុក។ រូបភាពនីមួយៗមានស្នាមម្រាមដៃឌីជីថលច្រើន ដើម្បីឱ្យច្បាប់ចម្លងដែលគេបានកែក៏អាចផ្គូផ្គងបានដែរ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show each fingerprint (advanced)</source>
        <translation>បង្ហាញស្នាមម្រាមដៃឌីជីថលនីមួយៗ (កម្រិតខ្ពស់)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show each fingerprint</source>
        <translation>បង្ហាញស្នាមម្រាមដៃឌីជីថលនីមួយៗ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lists every fingerprint under its picture, so that one fingerprint alone can be withdrawn. Most people never need this.</source>
        <translation>បង្ហាញស្នាមម្រាមដៃឌីជីថលនីមួយៗនៅក្រោមរូបភាពរបស់វា ដើម្បីអាចដកតែស្នាមមួយប៉ុណ្ណោះ។ មនុស្សភាគច្រើនមិនដែលត្រូវការវាទេ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Withdraw this &amp;picture…</source>
        <translation>ដករូបភាពនេះវិញ (&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes every fingerprint of the selected picture out of the bank, after you confirm.</source>
        <translation>ដកស្នាមម្រាមដៃឌីជីថលទាំងអស់នៃរូបភាពដែលបានជ្រើស ចេញពីធនាគារ បន្ទាប់ពីអ្នកបញ្ជាក់។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Withdraw only this &amp;fingerprint…</source>
        <translation>ដកតែស្នាមម្រាមដៃឌីជីថលនេះវិញ (&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes only the selected fingerprint out of the bank, after you confirm.</source>
        <translation>ដកតែស្នាមម្រាមដៃឌីជីថលដែលបានជ្រើសចេញពីធនាគារ បន្ទាប់ពីអ្នកបញ្ជាក់។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Withdraw the &amp;whole case…</source>
        <translation>ដកករណីទាំងមូលវិញ (&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes every fingerprint of this case out of the bank, after you confirm.</source>
        <translation>ដកស្នាមម្រាមដៃឌីជីថលទាំងអស់នៃករណីនេះចេញពីធនាគារ បន្ទាប់ពីអ្នកបញ្ជាក់។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Yes, withdraw</source>
        <translation>បាទ/ចាស ដកវិញ (&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraws now. This cannot be undone.</source>
        <translation>ដកវិញឥឡូវនេះ។ មិនអាចត្រឡប់វិញបានទេ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep them</source>
        <translation>រក្សាវាទុក (&amp;K)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdraws nothing.</source>
        <translation>មិនដកអ្វីទាំងអស់។</translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>Withdraw picture %1 and its %n fingerprint(s)? Platforms will no longer block uploads that match it. This cannot be undone.</source>
        <translation>
            <numerusform>ដករូបភាពទី %1 និងស្នាមម្រាមដៃឌីជីថល %n របស់វាវិញឬ? វេទិកានានានឹងលែងរារាំងការបង្ហោះដែលត្រូវគ្នានឹងវាទៀតហើយ។ មិនអាចត្រឡប់វិញបានទេ។</numerusform>
            <numerusform>ដករូបភាពទី %1 និងស្នាមម្រាមដៃឌីជីថល %n របស់វាវិញឬ? វេទិកានានានឹងលែងរារាំងការបង្ហោះដែលត្រូវគ្នានឹងវាទៀតហើយ។ មិនអាចត្រឡប់វិញបានទេ។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Withdraw only the selected fingerprint? Platforms will no longer block uploads that match it; the picture&apos;s other fingerprints stay in the bank. This cannot be undone.</source>
        <translation>ដកតែស្នាមម្រាមដៃឌីជីថលដែលបានជ្រើសវិញឬ? វេទិកានានានឹងលែងរារាំងការបង្ហោះដែលត្រូវគ្នានឹងវាទៀតហើយ។ ស្នាមម្រាមដៃឌីជីថលផ្សេងទៀតនៃរូបភាពនេះ នៅតែនៅក្នុងធនាគារ។ មិនអាចត្រឡប់វិញបានទេ។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Withdraw the whole case? Platforms will no longer block uploads that match any of its pictures. This cannot be undone.</source>
        <translation>ដកករណីទាំងមូលវិញឬ? វេទិកានានានឹងលែងរារាំងការបង្ហោះដែលត្រូវគ្នានឹងរូបភាពណាមួយរបស់វាទៀតហើយ។ មិនអាចត្រឡប់វិញបានទេ។</translation>
    </message>
</context>
<context>
    <name>HashingPage</name>
    <message>
        <location filename="../../gui/pages/hashing.py" line="+52"/>
        <source>Making fingerprints</source>
        <extracomment>The file indexes in the order their results came (the order of the lines).</extracomment>
        <translation>កំពុងបង្កើតស្នាមម្រាមដៃឌីជីថល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app is making a fingerprint of each file, on this computer.</source>
        <translation>កម្មវិធីកំពុងបង្កើតស្នាមម្រាមដៃឌីជីថលនៃឯកសារនីមួយៗ នៅលើកុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This happens on this computer. Nothing is sent. You can stop at any time.</source>
        <translation>ការងារនេះធ្វើនៅលើកុំព្យូទ័រនេះ។ គ្មានអ្វីត្រូវបានផ្ញើទេ។ អ្នកអាចបញ្ឈប់បានគ្រប់ពេល។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is happening</source>
        <translation>អ្វីដែលកំពុងកើតឡើង</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>វឌ្ឍនភាព</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How much of the work is done.</source>
        <translation>ការងារបានធ្វើរួចប៉ុន្មានហើយ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files done</source>
        <translation>ឯកសារដែលរួចរាល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>ពេលវេលានៅសល់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line per file: done, or what went wrong.</source>
        <translation>មួយបន្ទាត់សម្រាប់ឯកសារនីមួយៗ៖ រួចរាល់ ឬមានបញ្ហាអ្វី។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Stop</source>
        <translation>បញ្ឈប់ (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops making fingerprints. Files already done are kept.</source>
        <translation>បញ្ឈប់ការបង្កើតស្នាមម្រាមដៃឌីជីថល។ ឯកសារដែលបានធ្វើរួច នឹងត្រូវរក្សាទុក។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Review</source>
        <translation>ពិនិត្យ (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the results before anything is sent.</source>
        <translation>មើលលទ្ធផល មុនពេលផ្ញើអ្វីមួយ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back to the files</source>
        <translation>ត្រឡប់ទៅឯកសារវិញ (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back and change the chosen files.</source>
        <translation>ត្រឡប់ក្រោយ ហើយផ្លាស់ប្ដូរឯកសារដែលបានជ្រើស។</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Stopping…</source>
        <translation>កំពុងបញ្ឈប់…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 files done</source>
        <translation>រួចរាល់ %1 ក្នុងចំណោម %2 ឯកសារ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time left: %1</source>
        <translation>ពេលនៅសល់៖ %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1៖ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: done, but low quality</source>
        <translation>%1៖ រួចរាល់ ប៉ុន្តែគុណភាពទាប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: done</source>
        <translation>%1៖ រួចរាល់</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Stopped. %n file(s) were finished and can be reviewed.</source>
        <translation>
            <numerusform>បានបញ្ឈប់។ ឯកសារចំនួន %n បានធ្វើរួច ហើយអាចពិនិត្យបាន។</numerusform>
            <numerusform>បានបញ្ឈប់។ ឯកសារចំនួន %n បានធ្វើរួច ហើយអាចពិនិត្យបាន។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finished.</source>
        <translation>រួចរាល់ហើយ។</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../gui/pages/importing.py" line="+69"/>
        <source>Send a saved file</source>
        <translation>ផ្ញើឯកសារដែលបានរក្សាទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a file of fingerprints saved earlier, then send it.</source>
        <translation>បើកឯកសារស្នាមម្រាមដៃឌីជីថលដែលបានរក្សាទុកពីមុន រួចផ្ញើវា។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you made fingerprints on a computer without internet and saved them to a file, open that file here. It holds fingerprints only, no pictures.</source>
        <translation>ប្រសិនបើអ្នកបានបង្កើតស្នាមម្រាមដៃឌីជីថលនៅលើកុំព្យូទ័រដែលគ្មានអ៊ីនធឺណិត ហើយបានរក្សាទុកវាជាឯកសារ សូមបើកឯកសារនោះនៅទីនេះ។ វាមានតែស្នាមម្រាមដៃឌីជីថលប៉ុណ្ណោះ គ្មានរូបភាពទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About saved files</source>
        <translation>អំពីឯកសារដែលបានរក្សាទុក</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open a saved file…</source>
        <translation>បើកឯកសារដែលបានរក្សាទុក (&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file of fingerprints to send.</source>
        <translation>ជ្រើសឯកសារស្នាមម្រាមដៃឌីជីថលដែលត្រូវផ្ញើ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is locked. Type the passphrase chosen when it was saved.</source>
        <translation>ឯកសារនេះត្រូវបានចាក់សោ។ សូមវាយឃ្លាសម្ងាត់ដែលបានជ្រើសនៅពេលរក្សាទុកវា។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase of the file</source>
        <translation>ឃ្លាសម្ងាត់របស់ឯកសារ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>ដោះសោ (&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opens the locked file with the passphrase.</source>
        <translation>បើកឯកសារដែលបានចាក់សោ ដោយប្រើឃ្លាសម្ងាត់។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening</source>
        <translation>កំពុងបើក</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The app is opening the file.</source>
        <translation>កម្មវិធីកំពុងបើកឯកសារ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the file</source>
        <translation>អំពីឯកសារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>ថយក្រោយ (&amp;B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the first page.</source>
        <translation>ត្រឡប់ទៅទំព័រដំបូងវិញ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Continue: send</source>
        <translation>បន្ត៖ ផ្ញើ (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on to send the fingerprints in this file.</source>
        <translation>បន្តទៅផ្ញើស្នាមម្រាមដៃឌីជីថលក្នុងឯកសារនេះ។</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open a saved file</source>
        <translation>បើកឯកសារដែលបានរក្សាទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file of fingerprints saved earlier.</source>
        <translation>ជ្រើសឯកសារស្នាមម្រាមដៃឌីជីថលដែលបានរក្សាទុកពីមុន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint files (*.json);;All files (*)</source>
        <translation>ឯកសារស្នាមម្រាមដៃឌីជីថល (*.json);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Please type the passphrase.</source>
        <translation>សូមវាយឃ្លាសម្ងាត់។</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opening the file…</source>
        <translation>កំពុងបើកឯកសារ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlocking…</source>
        <translation>កំពុងដោះសោ…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>A saved file was opened: %n picture(s) in it.</source>
        <translation>
            <numerusform>បានបើកឯកសារដែលបានរក្សាទុក៖ មានរូបភាព %n នៅក្នុងនោះ។</numerusform>
            <numerusform>បានបើកឯកសារដែលបានរក្សាទុក៖ មានរូបភាព %n នៅក្នុងនោះ។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This file holds the fingerprints of %n file(s).</source>
        <translation>
            <numerusform>ឯកសារនេះមានស្នាមម្រាមដៃឌីជីថលនៃឯកសារចំនួន %n។</numerusform>
            <numerusform>ឯកសារនេះមានស្នាមម្រាមដៃឌីជីថលនៃឯកសារចំនួន %n។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was made on %1.</source>
        <translation>វាត្រូវបានបង្កើតនៅថ្ងៃ %1។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It includes a case token, which will be used.</source>
        <translation>វាមានលេខកូដករណីមួយ ដែលនឹងត្រូវបានប្រើ។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This file is locked with a passphrase. Please type it.</source>
        <translation>ឯកសារនេះត្រូវបានចាក់សោដោយឃ្លាសម្ងាត់។ សូមវាយវាបញ្ចូល។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That passphrase is not right. Please try again.</source>
        <translation>ឃ្លាសម្ងាត់នោះមិនត្រឹមត្រូវទេ។ សូមព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file cannot be used: %1.</source>
        <translation>មិនអាចប្រើឯកសារនេះបានទេ៖ %1។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file could not be opened.</source>
        <translation>មិនអាចបើកឯកសារនេះបានទេ។</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <location filename="../../gui/panels/language.py" line="+31"/>
        <location line="+1"/>
        <location line="+3"/>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The language of the app.</source>
        <translation>ភាសារបស់កម្មវិធី។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the language of the app. It changes at once.</source>
        <translation>ជ្រើសរើសភាសារបស់កម្មវិធី។ វាផ្លាស់ប្ដូរភ្លាមៗ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as this computer</source>
        <translation>ដូចកុំព្យូទ័រនេះ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The language was changed.</source>
        <translation>បានប្ដូរភាសា។</translation>
    </message>
</context>
<context>
    <name>Log</name>
    <message>
        <location filename="../../gui/app.py" line="+74"/>
        <source>Something went wrong inside the app (not something you did).</source>
        <translation>មានបញ្ហាកើតឡើងនៅក្នុងកម្មវិធី (មិនមែនដោយសារអ្នកទេ)។</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="+236"/>
        <source>The chosen language could not be loaded, so the app is in English.</source>
        <extracomment>How much larger the app&apos;s font is in a language whose letters are small at the system&apos;s size. Khmer&apos;s stacked consonants and vowel signs need about a quarter more. The app&apos;s font size before a language&apos;s scale, and the size the scale made (points).</extracomment>
        <translation>មិនអាចផ្ទុកភាសាដែលបានជ្រើសបានទេ ដូច្នេះកម្មវិធីបង្ហាញជាភាសាអង់គ្លេស។</translation>
    </message>
    <message>
        <location filename="../../gui/stores.py" line="+44"/>
        <source>The saved settings could not be read, so the defaults are used.</source>
        <extracomment>None: ``settings.json`` in the config folder.</extracomment>
        <translation>មិនអាចអានការកំណត់ដែលបានរក្សាទុកបានទេ ដូច្នេះកម្មវិធីប្រើការកំណត់ដើម។</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The settings were saved.</source>
        <translation>បានរក្សាទុកការកំណត់។</translation>
    </message>
    <message>
        <location filename="../../gui/workers.py" line="+95"/>
        <source>File %1: %2</source>
        <extracomment>Progress reports closer together than this are merged (keeps the event queue short). Every job made, until it is seen finished: the app must not end normally while one runs.</extracomment>
        <translation>ឯកសារទី %1៖ %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Making fingerprints stopped early: %1.</source>
        <translation>ការបង្កើតស្នាមម្រាមដៃឌីជីថលបានឈប់មុនពេលចប់៖ %1។</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Looked at %n file(s), in %1.</source>
        <translation>
            <numerusform>បានពិនិត្យឯកសារចំនួន %n ក្នុងរយៈពេល %1។</numerusform>
            <numerusform>បានពិនិត្យឯកសារចំនួន %n ក្នុងរយៈពេល %1។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A task in the background did not finish: %1.</source>
        <extracomment>The message of the exception raised. The exception itself (``BankError.retryable``, ``CaseFileError.code`` say more).</extracomment>
        <translation>កិច្ចការមួយនៅផ្ទៃខាងក្រោយមិនបានបញ្ចប់ទេ៖ %1។</translation>
    </message>
</context>
<context>
    <name>LogWindow</name>
    <message>
        <location filename="../../gui/log_window.py" line="+60"/>
        <location line="+1"/>
        <source>Log</source>
        <translation>កំណត់ហេតុ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the app did in this session. Kept in memory only, never saved.</source>
        <translation>អ្វីដែលកម្មវិធីបានធ្វើក្នុងវគ្គនេះ។ រក្សាទុកតែក្នុងអង្គចងចាំប៉ុណ្ណោះ មិនដែលរក្សាទុកក្នុងឯកសារទេ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log lines</source>
        <translation>បន្ទាត់កំណត់ហេតុ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each line is one thing the app did. No file names or hashes are shown.</source>
        <translation>បន្ទាត់នីមួយៗគឺជាកិច្ចការមួយដែលកម្មវិធីបានធ្វើ។ មិនបង្ហាញឈ្មោះឯកសារ ឬស្នាមម្រាមដៃឌីជីថលទេ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the log</source>
        <translation>បិទកំណត់ហេតុ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window.</source>
        <translation>បិទផ្ទាំងនេះ។</translation>
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
        <translation>សញ្ញារបស់កម្មវិធី។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Makes fingerprints of your pictures on this computer.</source>
        <translation>បង្កើតស្នាមម្រាមដៃឌីជីថលនៃរូបភាពរបស់អ្នក នៅលើកុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PRACTICE MODE: nothing is sent to a real bank.</source>
        <translation>របៀបហាត់សម៖ គ្មានអ្វីត្រូវបានផ្ញើទៅធនាគារពិតទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practice mode</source>
        <translation>របៀបហាត់សម</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice mode is on: fingerprints go to a practice server on this computer, not to a real bank. Nothing is protected.</source>
        <translation>របៀបហាត់សមកំពុងបើក៖ ស្នាមម្រាមដៃឌីជីថលទៅកាន់ម៉ាស៊ីនមេហាត់សមនៅលើកុំព្យូទ័រនេះ មិនមែនទៅធនាគារពិតទេ។ គ្មានអ្វីត្រូវបានការពារទេ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lo&amp;g</source>
        <translation>កំណត់ហេតុ (&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows what the app did in this session (kept in memory only).</source>
        <translation>បង្ហាញអ្វីដែលកម្មវិធីបានធ្វើក្នុងវគ្គនេះ (រក្សាទុកតែក្នុងអង្គចងចាំប៉ុណ្ណោះ)។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;ttings</source>
        <translation>ការកំណត់ (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank, language, extra fingerprints and caseworker mode.</source>
        <translation>ធនាគារ ភាសា ស្នាមម្រាមដៃឌីជីថលបន្ថែម និងរបៀបអ្នកគ្រប់គ្រងករណី។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next client</source>
        <translation>អតិថិជនបន្ទាប់ (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks first, then forgets everything about this client and starts again.</source>
        <translation>សួរជាមុនសិន បន្ទាប់មកបំភ្លេចអ្វីៗទាំងអស់អំពីអតិថិជននេះ ហើយចាប់ផ្ដើមឡើងវិញ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quick exit</source>
        <translation>ចាកចេញរហ័ស (&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes the app at once and forgets everything. Escape twice does the same.</source>
        <translation>បិទកម្មវិធីភ្លាមៗ ហើយបំភ្លេចអ្វីៗទាំងអស់។ ការចុច Escape ពីរដង ក៏ធ្វើដូចគ្នាដែរ។</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A page could not be shown.</source>
        <translation>មិនអាចបង្ហាញទំព័រមួយបានទេ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 – StopNCII Desktop</source>
        <translation>%1 – StopNCII Desktop</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Next client: everything about the last client was forgotten.</source>
        <translation>អតិថិជនបន្ទាប់៖ អ្វីៗទាំងអស់អំពីអតិថិជនមុនត្រូវបានបំភ្លេចចោល។</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message numerus="yes">
        <location filename="../../gui/models.py" line="+61"/>
        <source>This video gives %n fingerprint(s). Its fingerprints will be sent, never the video.</source>
        <extracomment>Extra roles of the review model.</extracomment>
        <translation>
            <numerusform>វីដេអូនេះផ្តល់ស្នាមម្រាមដៃឌីជីថល %n។ មានតែស្នាមម្រាមដៃឌីជីថលរបស់វាប៉ុណ្ណោះដែលនឹងត្រូវផ្ញើ មិនដែលផ្ញើវីដេអូទេ។</numerusform>
            <numerusform>វីដេអូនេះផ្តល់ស្នាមម្រាមដៃឌីជីថល %n។ មានតែស្នាមម្រាមដៃឌីជីថលរបស់វាប៉ុណ្ណោះដែលនឹងត្រូវផ្ញើ មិនដែលផ្ញើវីដេអូទេ។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>This photo gives %n fingerprint(s). Its fingerprints will be sent, never the photo.</source>
        <translation>
            <numerusform>រូបថតនេះផ្តល់ស្នាមម្រាមដៃឌីជីថល %n។ មានតែស្នាមម្រាមដៃឌីជីថលរបស់វាប៉ុណ្ណោះដែលនឹងត្រូវផ្ញើ មិនដែលផ្ញើរូបថតទេ។</numerusform>
            <numerusform>រូបថតនេះផ្តល់ស្នាមម្រាមដៃឌីជីថល %n។ មានតែស្នាមម្រាមដៃឌីជីថលរបស់វាប៉ុណ្ណោះដែលនឹងត្រូវផ្ញើ មិនដែលផ្ញើរូបថតទេ។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Several fingerprints let edited copies (cropped, turned, with text or borders added) be matched too.</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលច្រើន ធ្វើឱ្យច្បាប់ចម្លងដែលគេបានកែ (កាត់ បង្វិល ឬបន្ថែមអក្សរ ឬស៊ុម) ក៏អាចផ្គូផ្គងបានដែរ។</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: will be skipped. %2</source>
        <translation>%1៖ នឹងត្រូវរំលង។ %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>⚠ Low quality</source>
        <translation>⚠ គុណភាពទាប</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File %1</source>
        <translation>ឯកសារ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Left out: will not be sent.</source>
        <translation>បានដកចេញ៖ នឹងមិនត្រូវផ្ញើទេ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Same picture as others in group %1.</source>
        <translation>រូបភាពដូចគ្នានឹងរូបផ្សេងទៀតក្នុងក្រុម %1។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is a video.</source>
        <translation>នេះជាវីដេអូ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a photo.</source>
        <translation>នេះជារូបថត។</translation>
    </message>
</context>
<context>
    <name>NextClientQuestion</name>
    <message>
        <location filename="../../gui/next_client.py" line="+37"/>
        <source>Next client</source>
        <translation>អតិថិជនបន្ទាប់</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This client’s fingerprints have not reached the bank yet. What should happen to them before the next client?</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលរបស់អតិថិជននេះ មិនទាន់ទៅដល់ធនាគារនៅឡើយទេ។ តើគួរធ្វើអ្វីជាមួយវា មុនពេលអតិថិជនបន្ទាប់?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Send them now</source>
        <translation>ផ្ញើវាឥឡូវនេះ (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes to the sending page and sends them; then press Next client again.</source>
        <translation>ទៅកាន់ទំព័រផ្ញើ ហើយផ្ញើវា។ បន្ទាប់មក សូមចុច «អតិថិជនបន្ទាប់» ម្ដងទៀត។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save them to a &amp;file…</source>
        <translation>រក្សាទុកវាជាឯកសារ (&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes to the page where they can be saved to a file for the client.</source>
        <translation>ទៅកាន់ទំព័រដែលអាចរក្សាទុកវាជាឯកសារសម្រាប់អតិថិជន។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discard them and start again</source>
        <translation>ចោលវា ហើយចាប់ផ្ដើមឡើងវិញ (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is sent. Everything about this client is forgotten.</source>
        <translation>គ្មានអ្វីត្រូវបានផ្ញើទេ។ អ្វីៗទាំងអស់អំពីអតិថិជននេះត្រូវបានបំភ្លេច។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start again for the next client? Everything about this client is forgotten: their files, fingerprints and case token. This cannot be undone.</source>
        <translation>ចាប់ផ្ដើមឡើងវិញសម្រាប់អតិថិជនបន្ទាប់ឬ? អ្វីៗទាំងអស់អំពីអតិថិជននេះនឹងត្រូវបំភ្លេច៖ ឯកសារ ស្នាមម្រាមដៃឌីជីថល និងលេខកូដករណីរបស់គាត់។ មិនអាចត្រឡប់វិញបានទេ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Forget and start again</source>
        <translation>បំភ្លេច ហើយចាប់ផ្ដើមឡើងវិញ (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgets everything about this client and goes back to the start.</source>
        <translation>បំភ្លេចអ្វីៗទាំងអស់អំពីអតិថិជននេះ ហើយត្រឡប់ទៅការចាប់ផ្ដើមវិញ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes nothing.</source>
        <translation>មិនផ្លាស់ប្ដូរអ្វីទេ។</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <location filename="../../gui/panels/options.py" line="+48"/>
        <location line="+3"/>
        <source>Options</source>
        <translation>ជម្រើស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra fingerprints, receipts and caseworker mode.</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលបន្ថែម បង្កាន់ដៃ និងរបៀបអ្នកគ្រប់គ្រងករណី។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also catch e&amp;dited copies (recommended)</source>
        <translation>ចាប់យកច្បាប់ចម្លងដែលគេបានកែផងដែរ (ណែនាំ) (&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edited copies</source>
        <translation>ច្បាប់ចម្លងដែលគេបានកែ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also makes fingerprints of each photo as it looks when someone crops it, adds borders or text, takes a screenshot of it, tilts, turns or mirrors it, so those copies are matched too. Each photo then gives about 40 fingerprints instead of one. Takes a little longer.</source>
        <translation>បង្កើតស្នាមម្រាមដៃឌីជីថលនៃរូបថតនីមួយៗផងដែរ តាមរបៀបដែលវាមើលទៅ នៅពេលនរណាម្នាក់កាត់វា បន្ថែមស៊ុម ឬអក្សរ ថតអេក្រង់វា ផ្អៀង បង្វិល ឬត្រឡប់វា ដើម្បីឱ្យច្បាប់ចម្លងទាំងនោះក៏អាចផ្គូផ្គងបានដែរ។ ពេលនោះ រូបថតនីមួយៗផ្តល់ស្នាមម្រាមដៃឌីជីថលប្រហែល 40 ជំនួសឱ្យមួយ។ ចំណាយពេលយូរជាងបន្តិច។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also fingerprint turned and mirrored copies of &amp;photos</source>
        <translation>បង្កើតស្នាមម្រាមដៃឌីជីថលនៃរូបថតដែលបានបង្វិល និងត្រឡប់ផងដែរ (&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turned and mirrored copies</source>
        <translation>ច្បាប់ចម្លងដែលបានបង្វិល និងត្រឡប់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also makes fingerprints of each photo turned and mirrored, so copies that were turned or flipped can be matched. Edited copies include these already.</source>
        <translation>បង្កើតស្នាមម្រាមដៃឌីជីថលនៃរូបថតនីមួយៗ ដែលបានបង្វិល និងត្រឡប់ផងដែរ ដើម្បីឱ្យច្បាប់ចម្លងដែលគេបានបង្វិល ឬត្រឡប់ អាចផ្គូផ្គងបាន។ ច្បាប់ចម្លងដែលគេបានកែ មានទាំងនេះរួចហើយ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Caseworker mode</source>
        <translation>របៀបអ្នកគ្រប់គ្រងករណី (&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caseworker mode</source>
        <translation>របៀបអ្នកគ្រប់គ្រងករណី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For organisations helping one person after another: a Next client button forgets everything about a person, and pictures stay blurred.</source>
        <translation>សម្រាប់អង្គការដែលជួយមនុស្សម្នាក់បន្ទាប់ពីម្នាក់៖ ប៊ូតុង «អតិថិជនបន្ទាប់» បំភ្លេចអ្វីៗទាំងអស់អំពីមនុស្សម្នាក់ ហើយរូបភាពនៅតែព្រិល។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep a receipt of each case on this computer</source>
        <translation>រក្សាទុកបង្កាន់ដៃនៃករណីនីមួយៗនៅលើកុំព្យូទ័រនេះ (&amp;K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep receipts</source>
        <translation>រក្សាទុកបង្កាន់ដៃ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps the case token of each case sent, and what the bank stored, in the app&apos;s folder, so the case can be checked or withdrawn later from this computer. Anyone who uses this computer could find them.</source>
        <translation>រក្សាទុកលេខកូដករណីនៃករណីនីមួយៗដែលបានផ្ញើ និងអ្វីដែលធនាគារបានរក្សាទុក នៅក្នុងថតឯកសាររបស់កម្មវិធី ដើម្បីអាចពិនិត្យ ឬដកករណីនោះវិញនៅពេលក្រោយពីកុំព្យូទ័រនេះ។ អ្នកណាក៏ដោយដែលប្រើកុំព្យូទ័រនេះ អាចរកឃើញវាបាន។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Caseworker mode never keeps receipts: give each client their case token on paper or in their own file.</source>
        <translation>របៀបអ្នកគ្រប់គ្រងករណី មិនដែលរក្សាទុកបង្កាន់ដៃទេ៖ សូមផ្ដល់លេខកូដករណីដល់អតិថិជនម្នាក់ៗ នៅលើក្រដាស ឬក្នុងឯកសាររបស់គាត់ផ្ទាល់។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No receipts kept</source>
        <translation>មិនរក្សាទុកបង្កាន់ដៃ</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Saved.</source>
        <translation>បានរក្សាទុក។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete the kept receipts?</source>
        <translation>លុបបង្កាន់ដៃដែលបានរក្សាទុកឬ?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n receipt(s) are still kept on this computer. Delete them too? Without a receipt, a case can only be checked or withdrawn with its case token.</source>
        <translation>
            <numerusform>បង្កាន់ដៃចំនួន %n នៅតែត្រូវបានរក្សាទុកនៅលើកុំព្យូទ័រនេះ។ លុបវាផងដែរឬ? បើគ្មានបង្កាន់ដៃទេ ករណីអាចពិនិត្យ ឬដកវិញបាន តែដោយលេខកូដករណីរបស់វាប៉ុណ្ណោះ។</numerusform>
            <numerusform>បង្កាន់ដៃចំនួន %n នៅតែត្រូវបានរក្សាទុកនៅលើកុំព្យូទ័រនេះ។ លុបវាផងដែរឬ? បើគ្មានបង្កាន់ដៃទេ ករណីអាចពិនិត្យ ឬដកវិញបាន តែដោយលេខកូដករណីរបស់វាប៉ុណ្ណោះ។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deletes the receipts kept here.</source>
        <translation>លុបបង្កាន់ដៃដែលបានរក្សាទុកនៅទីនេះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps them; no new ones are kept.</source>
        <translation>រក្សាវាទុក។ បង្កាន់ដៃថ្មីនឹងមិនត្រូវបានរក្សាទុកទៀតទេ។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The receipts could not all be deleted: %1.</source>
        <translation>មិនអាចលុបបង្កាន់ដៃទាំងអស់បានទេ៖ %1។</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleted %n receipt(s).</source>
        <translation>
            <numerusform>បានលុបបង្កាន់ដៃចំនួន %n។</numerusform>
            <numerusform>បានលុបបង្កាន់ដៃចំនួន %n។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n kept receipt(s) deleted.</source>
        <translation>
            <numerusform>បានលុបបង្កាន់ដៃដែលបានរក្សាទុកចំនួន %n។</numerusform>
            <numerusform>បានលុបបង្កាន់ដៃដែលបានរក្សាទុកចំនួន %n។</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <location filename="../../gui/panels/outbox.py" line="+36"/>
        <source>Waiting to be sent</source>
        <translation>កំពុងរង់ចាំផ្ញើ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sen&amp;d the waiting fingerprints</source>
        <translation>ផ្ញើស្នាមម្រាមដៃឌីជីថលដែលកំពុងរង់ចាំ (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tries again to send the fingerprints kept waiting on this computer.</source>
        <translation>ព្យាយាមផ្ញើម្ដងទៀតនូវស្នាមម្រាមដៃឌីជីថលដែលកំពុងរង់ចាំនៅលើកុំព្យូទ័រនេះ។</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n submission(s) could not be sent earlier and are kept waiting on this computer.</source>
        <translation>
            <numerusform>ការផ្ញើចំនួន %n មិនអាចផ្ញើបានពីមុន ហើយកំពុងរង់ចាំនៅលើកុំព្យូទ័រនេះ។</numerusform>
            <numerusform>ការផ្ញើចំនួន %n មិនអាចផ្ញើបានពីមុន ហើយកំពុងរង់ចាំនៅលើកុំព្យូទ័រនេះ។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sending…</source>
        <translation>កំពុងផ្ញើ…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting fingerprints: %1 sent, %2 still waiting.</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលដែលកំពុងរង់ចាំ៖ បានផ្ញើ %1 នៅរង់ចាំ %2។</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n submission(s) were sent.</source>
        <translation>
            <numerusform>បានផ្ញើការផ្ញើចំនួន %n រួចហើយ។</numerusform>
            <numerusform>បានផ្ញើការផ្ញើចំនួន %n រួចហើយ។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n could not be sent and are still kept waiting: %1.</source>
        <translation>
            <numerusform>ចំនួន %n មិនអាចផ្ញើបានទេ ហើយនៅតែរង់ចាំ៖ %1។</numerusform>
            <numerusform>ចំនួន %n មិនអាចផ្ញើបានទេ ហើយនៅតែរង់ចាំ៖ %1។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their receipts are kept: use “Check or withdraw a case” to see them.</source>
        <translation>បង្កាន់ដៃរបស់វាត្រូវបានរក្សាទុក៖ សូមប្រើ «ពិនិត្យ ឬដកករណីវិញ» ដើម្បីមើលវា។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The waiting fingerprints could not be sent. They are still kept.</source>
        <translation>មិនអាចផ្ញើស្នាមម្រាមដៃឌីជីថលដែលកំពុងរង់ចាំបានទេ។ វានៅតែត្រូវបានរក្សាទុក។</translation>
    </message>
</context>
<context>
    <name>ProfileChecks</name>
    <message>
        <location filename="../../gui/profile_checks.py" line="+52"/>
        <source>Give this bank a name, so you can find it again. Up to 64 letters.</source>
        <extracomment>Which box: &quot;name&quot;, &quot;url&quot;, &quot;bank&quot;, &quot;token&quot;, &quot;pin&quot; or &quot;signals&quot;.</extracomment>
        <translation>សូមដាក់ឈ្មោះឲ្យធនាគារនេះ ដើម្បីឲ្យអ្នកអាចរកវាឃើញវិញ។ មិនលើសពី 64 តួអក្សរ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is already a bank with this name. Please choose another name.</source>
        <translation>មានធនាគារដែលមានឈ្មោះនេះរួចហើយ។ សូមជ្រើសឈ្មោះផ្សេង។</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An HMA bank needs its bank name, in capital letters, numbers and _ (for example NCII_CASES). Please copy it from your organisation&apos;s message.</source>
        <translation>ធនាគារ HMA ត្រូវការឈ្មោះធនាគាររបស់វា ជាអក្សរឡាតាំងធំ លេខ និង _ (ឧទាហរណ៍ NCII_CASES)។ សូមចម្លងវាពីសាររបស់អង្គការអ្នក។</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The access key cannot have spaces or unusual characters. Please copy it again from your organisation&apos;s message.</source>
        <translation>កូនសោចូលមិនអាចមានដកឃ្លា ឬតួអក្សរចម្លែកបានទេ។ សូមចម្លងវាម្ដងទៀតពីសាររបស់អង្គការអ្នក។</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This security pin is not right. Please copy it again from your organisation&apos;s message, or leave the box empty.</source>
        <translation>លេខសម្ងាត់សុវត្ថិភាពនេះមិនត្រឹមត្រូវទេ។ សូមចម្លងវាម្ដងទៀតពីសាររបស់អង្គការអ្នក ឬទុកប្រអប់នេះឲ្យទទេ។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tick at least one kind of fingerprint the bank takes. Ask your organisation if you are not sure.</source>
        <translation>សូមធីកយ៉ាងហោចណាស់ប្រភេទស្នាមម្រាមដៃឌីជីថលមួយដែលធនាគារទទួលយក។ សូមសួរអង្គការរបស់អ្នក ប្រសិនបើអ្នកមិនប្រាកដ។</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Please type the bank address. Your organisation gives it to you; it starts with https://</source>
        <translation>សូមវាយអាសយដ្ឋានធនាគារ។ អង្គការរបស់អ្នកផ្ដល់វាឲ្យអ្នក ហើយវាចាប់ផ្ដើមដោយ https://</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bank address must not hold a user name or password. Please put the access key in its own box, and only the address here.</source>
        <translation>អាសយដ្ឋានធនាគារមិនត្រូវមានឈ្មោះអ្នកប្រើ ឬពាក្យសម្ងាត់ទេ។ សូមដាក់កូនសោចូលក្នុងប្រអប់របស់វា ហើយដាក់តែអាសយដ្ឋាននៅទីនេះ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bank address must start with https:// (with an s), so that nobody can read what is sent. Please check the address with your organisation.</source>
        <translation>អាសយដ្ឋានធនាគារត្រូវតែចាប់ផ្ដើមដោយ https:// (មានអក្សរ s) ដើម្បីកុំឲ្យអ្នកណាអានអ្វីដែលបានផ្ញើបាន។ សូមពិនិត្យអាសយដ្ឋាននេះជាមួយអង្គការរបស់អ្នក។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bank address is not right. Please copy it again from your organisation&apos;s message; it looks like https://bank.example.org</source>
        <translation>អាសយដ្ឋានធនាគារនេះមិនត្រឹមត្រូវទេ។ សូមចម្លងវាម្ដងទៀតពីសាររបស់អង្គការអ្នក។ វាមើលទៅដូចជា https://bank.example.org</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These details could not be kept. Please check each box and try again.</source>
        <translation>មិនអាចរក្សាទុកព័ត៌មានទាំងនេះបានទេ។ សូមពិនិត្យប្រអប់នីមួយៗ ហើយសាកល្បងម្ដងទៀត។</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../gui/settings_profiles.py" line="+124"/>
        <source>Bank profile</source>
        <translation>ប្រវត្តិរូបធនាគារ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New bank profile</source>
        <translation>ប្រវត្តិរូបធនាគារថ្មី</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where fingerprints are sent: the bank&apos;s kind, address and access.</source>
        <translation>កន្លែងដែលស្នាមម្រាមដៃឌីជីថលត្រូវបានផ្ញើទៅ៖ ប្រភេទ អាសយដ្ឋាន និងការចូលប្រើរបស់ធនាគារ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your organisation or the bank gives you these details. Ask them if you are not sure.</source>
        <translation>អង្គការរបស់អ្នក ឬធនាគារ ផ្ដល់ព័ត៌មានទាំងនេះឲ្យអ្នក។ សូមសួរពួកគេ ប្រសិនបើអ្នកមិនប្រាកដ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About bank profiles</source>
        <translation>អំពីប្រវត្តិរូបធនាគារ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of bank</source>
        <translation>ប្រភេទធនាគារ</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>https://bank.example.org</source>
        <translation>https://bank.example.org</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Bank name</source>
        <translation>ឈ្មោះធនាគារ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Fingerprints per picture</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលក្នុងមួយរូបភាព</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>All</source>
        <translation>ទាំងអស់</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any name that helps you recognise this bank.</source>
        <translation>ឈ្មោះណាមួយដែលជួយឲ្យអ្នកស្គាល់ធនាគារនេះ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your organisation tells you which kind: HMA (Meta&apos;s Hasher-Matcher-Actioner) or a case API.</source>
        <translation>អង្គការរបស់អ្នកនឹងប្រាប់អ្នកថាជាប្រភេទណា៖ HMA (Hasher-Matcher-Actioner របស់ Meta) ឬ case API។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bank &amp;address:</source>
        <translation>អាសយដ្ឋានធនាគារ (&amp;A)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank address</source>
        <translation>អាសយដ្ឋានធនាគារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the fingerprints go. It starts with https://</source>
        <translation>កន្លែងដែលស្នាមម្រាមដៃឌីជីថលត្រូវបានផ្ញើទៅ។ វាចាប់ផ្ដើមដោយ https://</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only for HMA: the bank&apos;s name in capital letters, for example NCII_CASES.</source>
        <translation>សម្រាប់តែ HMA ប៉ុណ្ណោះ៖ ឈ្មោះធនាគារជាអក្សរឡាតាំងធំ ឧទាហរណ៍ NCII_CASES។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access ke&amp;y from the organisation:</source>
        <translation>កូនសោចូលពីអង្គការ (&amp;Y)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access key from the organisation</source>
        <translation>កូនសោចូលពីអង្គការ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code that lets the bank accept your fingerprints. Leave it empty if you were given none. It is kept in the settings.</source>
        <translation>កូដដែលអនុញ្ញាតឲ្យធនាគារទទួលយកស្នាមម្រាមដៃឌីជីថលរបស់អ្នក។ ទុកវាឲ្យទទេ ប្រសិនបើគេមិនបានឲ្យអ្នកទេ។ វាត្រូវបានរក្សាទុកក្នុងការកំណត់។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Security &amp;pin (optional):</source>
        <translation>លេខសម្ងាត់សុវត្ថិភាព (មិនចាំបាច់) (&amp;P)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security pin (optional)</source>
        <translation>លេខសម្ងាត់សុវត្ថិភាព (មិនចាំបាច់)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes sure the app talks only to your bank&apos;s real server. Leave it empty unless your organisation gave you one.</source>
        <translation>ធ្វើឲ្យប្រាកដថាកម្មវិធីទាក់ទងតែជាមួយម៉ាស៊ីនមេពិតរបស់ធនាគារអ្នកប៉ុណ្ណោះ។ ទុកវាឲ្យទទេ លុះត្រាតែអង្គការរបស់អ្នកបានឲ្យវាមក។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leave it at All unless the bank takes only a few fingerprints of each picture. Then the most useful ones are sent.</source>
        <translation>ទុកវានៅ «ទាំងអស់» លុះត្រាតែធនាគារទទួលយកស្នាមម្រាមដៃឌីជីថលតែពីរបីប៉ុណ្ណោះនៃរូបភាពនីមួយៗ។ ពេលនោះ កម្មវិធីផ្ញើតែស្នាមដែលមានប្រយោជន៍បំផុត។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Help for %1</source>
        <translation>ជំនួយសម្រាប់ %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+3"/>
        <source>Fingerprints this HMA bank takes</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលដែលធនាគារ HMA នេះទទួលយក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which kinds of fingerprint the HMA bank has switched on. Ask the bank.</source>
        <translation>ប្រភេទស្នាមម្រាមដៃឌីជីថលណាខ្លះដែលធនាគារ HMA បានបើក។ សូមសួរធនាគារ។</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>&amp;Name:</source>
        <extracomment>Each box&apos;s one-line help, shown under it (and read as its description).</extracomment>
        <translation>ឈ្មោះ (&amp;N)៖</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kind:</source>
        <translation>ប្រភេទ (&amp;K)៖</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Bank name:</source>
        <translation>ឈ្មោះធនាគារ (&amp;B)៖</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Fingerprints per picture:</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលក្នុងមួយរូបភាព (&amp;F)៖</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Problem</source>
        <translation>បញ្ហា</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OK</source>
        <translation>យល់ព្រម</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keeps this profile if it is complete.</source>
        <translation>រក្សាទុកប្រវត្តិរូបនេះ ប្រសិនបើវាពេញលេញ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closes without changing anything.</source>
        <translation>បិទដោយមិនផ្លាស់ប្ដូរអ្វីទាំងអស់។</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>P&amp;hotos (PDQ)</source>
        <translation>រូបថត (PDQ) (&amp;H)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprints of photos.</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលនៃរូបថត។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;MD5</source>
        <translation>&amp;MD5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact copies of a file, by its MD5 checksum.</source>
        <translation>ច្បាប់ចម្លងដូចបេះបិទនៃឯកសារ តាមរយៈ MD5 checksum របស់វា។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;SHA-256</source>
        <translation>&amp;SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact copies of a file, by its SHA-256 checksum.</source>
        <translation>ច្បាប់ចម្លងដូចបេះបិទនៃឯកសារ តាមរយៈ SHA-256 checksum របស់វា។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Videos (vPDQ)</source>
        <translation>វីដេអូ (vPDQ) (&amp;V)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprints of videos.</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលនៃវីដេអូ។</translation>
    </message>
</context>
<context>
    <name>ProfileFiles</name>
    <message>
        <location filename="../../gui/profile_files.py" line="+35"/>
        <source>The file could not be opened (%1).</source>
        <extracomment>A profile file larger than this is not a profile file.</extracomment>
        <translation>មិនអាចបើកឯកសារបានទេ (%1)។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is too large to be a profile.</source>
        <translation>ឯកសារនេះធំពេក មិនអាចជាប្រវត្តិរូបបានទេ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a bank profile file (it is not JSON text).</source>
        <translation>នេះមិនមែនជាឯកសារប្រវត្តិរូបធនាគារទេ (វាមិនមែនជាអត្ថបទ JSON ទេ)។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file holds no bank profile.</source>
        <translation>ឯកសារនេះគ្មានប្រវត្តិរូបធនាគារទេ។</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../gui/i18n.py" line="-189"/>
        <source>OK</source>
        <translation>យល់ព្រម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>បាទ/ចាស (&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>ទេ (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>អនុវត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>កំណត់ឡើងវិញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>ជំនួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>បោះចោល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>ព្យាយាមម្ដងទៀត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>បញ្ឈប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>មិនអើពើ</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../../gui/pages/receipt.py" line="+100"/>
        <source>Done. This is your case token</source>
        <extracomment>The printed token&apos;s size, in points, where the page is wide enough.</extracomment>
        <translation>រួចរាល់។ នេះគឺជាលេខកូដករណីរបស់អ្នក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fingerprints were sent. Keep the case token below safe.</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលត្រូវបានផ្ញើហើយ។ សូមរក្សាលេខកូដករណីខាងក្រោមឲ្យមានសុវត្ថិភាព។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case token</source>
        <translation>លេខកូដករណី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it safe</source>
        <translation>សូមរក្សាវាឲ្យមានសុវត្ថិភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the bank stored</source>
        <translation>អ្វីដែលធនាគារបានរក្សាទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was not sent</source>
        <translation>អ្វីដែលមិនបានផ្ញើ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy the token</source>
        <translation>ចម្លងលេខកូដករណី (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the case token, to paste it somewhere safe.</source>
        <translation>ចម្លងលេខកូដករណី ដើម្បីបិទភ្ជាប់វានៅកន្លែងដែលមានសុវត្ថិភាព។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save the receipt to a file…</source>
        <translation>រក្សាទុកបង្កាន់ដៃជាឯកសារ (&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves the token and what the bank stored, to check or withdraw later.</source>
        <translation>រក្សាទុកលេខកូដករណី និងអ្វីដែលធនាគារបានរក្សាទុក ដើម្បីពិនិត្យ ឬដកវិញនៅពេលក្រោយ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>បោះពុម្ព (&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prints the case token on paper.</source>
        <translation>បោះពុម្ពលេខកូដករណីលើក្រដាស។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check or &amp;withdraw this case</source>
        <translation>ពិនិត្យ ឬដកករណីនេះវិញ (&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See what the bank holds for this case, or take it out again.</source>
        <translation>មើលអ្វីដែលធនាគាររក្សាទុកសម្រាប់ករណីនេះ ឬដកវាចេញវិញ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Finish</source>
        <translation>បញ្ចប់ (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes back to the first page. Keep your token first.</source>
        <translation>ត្រឡប់ទៅទំព័រដំបូងវិញ។ សូមរក្សាទុកលេខកូដករណីរបស់អ្នកជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep this case token safe. Anyone who has it can check or withdraw this case. It cannot be recovered if it is lost: write it down, print it or save it now.</source>
        <translation>សូមរក្សាលេខកូដករណីនេះឲ្យមានសុវត្ថិភាព។ អ្នកណាក៏ដោយដែលមានវា អាចពិនិត្យ ឬដកករណីនេះវិញបាន។ ប្រសិនបើបាត់ វាមិនអាចយកមកវិញបានទេ៖ សូមសរសេរវាទុក បោះពុម្ពវា ឬរក្សាទុកវាឥឡូវនេះ។</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>The bank stored %n fingerprint(s) for this case,</source>
        <translation>
            <numerusform>ធនាគារបានរក្សាទុកស្នាមម្រាមដៃឌីជីថល %n សម្រាប់ករណីនេះ</numerusform>
            <numerusform>ធនាគារបានរក្សាទុកស្នាមម្រាមដៃឌីជីថល %n សម្រាប់ករណីនេះ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>from %n picture(s) or video(s).</source>
        <translation>
            <numerusform>ពីរូបភាព ឬវីដេអូចំនួន %n។</numerusform>
            <numerusform>ពីរូបភាព ឬវីដេអូចំនួន %n។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each photo gives several fingerprints, so that edited copies (cropped, turned, with text or borders added) are matched too.</source>
        <translation>រូបថតនីមួយៗផ្តល់ស្នាមម្រាមដៃឌីជីថលច្រើន ដើម្បីឱ្យច្បាប់ចម្លងដែលគេបានកែ (កាត់ បង្វិល ឬបន្ថែមអក្សរ ឬស៊ុម) ក៏អាចផ្គូផ្គងបានដែរ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This was practice: nothing is protected.</source>
        <translation>នេះគ្រាន់តែជាការហាត់សម៖ គ្មានអ្វីត្រូវបានការពារទេ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not sent:</source>
        <translation>មិនបានផ្ញើ៖</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The case token was copied. Paste it somewhere safe now: the app takes it off the clipboard when it closes.</source>
        <translation>លេខកូដករណីត្រូវបានចម្លងហើយ។ សូមបិទភ្ជាប់វានៅកន្លែងដែលមានសុវត្ថិភាពឥឡូវនេះ៖ កម្មវិធីនឹងដកវាចេញពីក្ដារតម្បៀតខ្ទាស់ នៅពេលវាបិទ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the receipt</source>
        <translation>រក្សាទុកបង្កាន់ដៃ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the receipt with the case token.</source>
        <translation>ជ្រើសកន្លែងរក្សាទុកបង្កាន់ដៃដែលមានលេខកូដករណី។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts (*.json);;All files (*)</source>
        <translation>បង្កាន់ដៃ (*.json);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The receipt could not be saved: %1.</source>
        <translation>មិនអាចរក្សាទុកបង្កាន់ដៃបានទេ៖ %1។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The receipt was saved to a file.</source>
        <translation>បានរក្សាទុកបង្កាន់ដៃក្នុងឯកសារមួយ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The receipt was saved. Keep the file as safe as the token itself.</source>
        <translation>បង្កាន់ដៃត្រូវបានរក្សាទុកហើយ។ សូមរក្សាឯកសារនេះឲ្យមានសុវត្ថិភាព ដូចលេខកូដករណីដែរ។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>StopNCII case token</source>
        <translation>លេខកូដករណី StopNCII</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sent on %1 to %2.</source>
        <translation>បានផ្ញើនៅ %1 ទៅ %2។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print the case token</source>
        <translation>បោះពុម្ពលេខកូដករណី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a printer and print.</source>
        <translation>ជ្រើសម៉ាស៊ីនបោះពុម្ព ហើយបោះពុម្ព។</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>The case token was sent to the printer.</source>
        <translation>លេខកូដករណីត្រូវបានផ្ញើទៅម៉ាស៊ីនបោះពុម្ពហើយ។</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../gui/pages/review.py" line="+77"/>
        <source>Check before anything is sent</source>
        <translation>ពិនិត្យមើល មុនពេលផ្ញើអ្វីមួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose which files to protect. The pictures are blurred.</source>
        <translation>ជ្រើសរើសឯកសារដែលត្រូវការពារ។ រូបភាពត្រូវបានធ្វើឲ្យព្រិល។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pictures are blurred so nobody sees them by accident. Untick a file to leave it out. Select one and press Reveal to see it clearly.</source>
        <translation>រូបភាពត្រូវបានធ្វើឲ្យព្រិល ដើម្បីកុំឲ្យនរណាម្នាក់មើលឃើញដោយចៃដន្យ។ ដោះធីកឯកសារណាមួយ ដើម្បីទុកវាចោល។ ជ្រើសឯកសារមួយ ហើយចុច «បង្ហាញ» ដើម្បីមើលវាឲ្យច្បាស់។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to review</source>
        <translation>របៀបពិនិត្យ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files with fingerprints</source>
        <translation>ឯកសារដែលមានស្នាមម្រាមដៃឌីជីថល</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One entry per file. Space ticks or unticks the selected file; ticked files will be sent.</source>
        <translation>មួយធាតុសម្រាប់ឯកសារនីមួយៗ។ គ្រាប់ចុច Space ធីក ឬដោះធីកឯកសារដែលបានជ្រើស។ ឯកសារដែលបានធីក នឹងត្រូវផ្ញើ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About the selected file</source>
        <translation>អំពីឯកសារដែលបានជ្រើស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>សេចក្ដីសង្ខេប</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+90"/>
        <source>Re&amp;veal this picture</source>
        <translation>បង្ហាញរូបភាពនេះ (&amp;V)</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Shows the selected picture clearly, or blurs it again.</source>
        <translation>បង្ហាញរូបភាពដែលបានជ្រើសឲ្យច្បាស់ ឬធ្វើឲ្យវាព្រិលវិញ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+102"/>
        <source>Reveal &amp;all</source>
        <translation>បង្ហាញទាំងអស់ (&amp;A)</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Shows all pictures clearly, or blurs them all again.</source>
        <translation>បង្ហាញរូបភាពទាំងអស់ឲ្យច្បាស់ ឬធ្វើឲ្យវាទាំងអស់ព្រិលវិញ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+87"/>
        <source>&amp;Leave this one out</source>
        <translation>កុំផ្ញើឯកសារនេះ (&amp;L)</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Leaves the selected file out of what is sent, or puts it back.</source>
        <translation>ដកឯកសារដែលបានជ្រើសចេញពីអ្វីដែលនឹងផ្ញើ ឬដាក់វាចូលវិញ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;exactly what will be sent</source>
        <translation>បង្ហាញអ្វីដែលនឹងត្រូវផ្ញើ យ៉ាងពិតប្រាកដ (&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the document that will leave this computer, to read it.</source>
        <translation>បើកឯកសារដែលនឹងចេញពីកុំព្យូទ័រនេះ ដើម្បីអានវា។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back</source>
        <translation>ថយក្រោយ (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the chosen files; the fingerprints are kept.</source>
        <translation>ត្រឡប់ទៅឯកសារដែលបានជ្រើសវិញ។ ស្នាមម្រាមដៃឌីជីថលនៅតែត្រូវបានរក្សាទុក។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Continue: send or save</source>
        <translation>បន្ត៖ ផ្ញើ ឬរក្សាទុក (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on to choose whether to send the fingerprints or save them to a file.</source>
        <translation>បន្តទៅជ្រើសរើសថា តើត្រូវផ្ញើស្នាមម្រាមដៃឌីជីថល ឬរក្សាទុកវាក្នុងឯកសារ។</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Blur this &amp;picture</source>
        <translation>ធ្វើឲ្យរូបភាពនេះព្រិល (&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put this one bac&amp;k</source>
        <translation>ដាក់ឯកសារនេះចូលវិញ (&amp;K)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Blur &amp;all</source>
        <translation>ធ្វើឲ្យទាំងអស់ព្រិល (&amp;A)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) will be protected.</source>
        <translation>
            <numerusform>ឯកសារចំនួន %n នឹងត្រូវបានការពារ។</numerusform>
            <numerusform>ឯកសារចំនួន %n នឹងត្រូវបានការពារ។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>មិនអាចអានឯកសារចំនួន %n បានទេ។</numerusform>
            <numerusform>មិនអាចអានឯកសារចំនួន %n បានទេ។</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavePanel</name>
    <message>
        <location filename="../../gui/panels/saving.py" line="+51"/>
        <source>Save to a file instead</source>
        <translation>រក្សាទុកជាឯកសារជំនួសវិញ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save to a file</source>
        <translation>រក្សាទុកជាឯកសារ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the fingerprints to a file, to send later from another computer with the app&apos;s “Send a saved file”.</source>
        <translation>រក្សាទុកស្នាមម្រាមដៃឌីជីថលជាឯកសារ ដើម្បីផ្ញើនៅពេលក្រោយពីកុំព្យូទ័រផ្សេង ដោយប្រើ «ផ្ញើឯកសារដែលបានរក្សាទុក» របស់កម្មវិធីនេះ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prot&amp;ect the file with a passphrase</source>
        <translation>ការពារឯកសារដោយឃ្លាសម្ងាត់ (&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protect with a passphrase</source>
        <translation>ការពារដោយឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locks the file so only someone who knows the passphrase can open it.</source>
        <translation>ចាក់សោឯកសារ ដើម្បីឲ្យតែអ្នកដែលដឹងឃ្លាសម្ងាត់ប៉ុណ្ណោះអាចបើកវាបាន។</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Passphrase</source>
        <translation>ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>At least %1 characters. A few unrelated words are easy to remember.</source>
        <translation>យ៉ាងហោចណាស់ %1 តួអក្សរ។ ពាក្យពីរបីដែលមិនទាក់ទងគ្នា ងាយស្រួលចងចាំ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase again</source>
        <translation>ឃ្លាសម្ងាត់ម្ដងទៀត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the same passphrase again, to be sure it has no typing mistake.</source>
        <translation>វាយឃ្លាសម្ងាត់ដដែលម្ដងទៀត ដើម្បីប្រាកដថាគ្មានកំហុសវាយ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same passphrase again</source>
        <translation>ឃ្លាសម្ងាត់ដដែលម្ដងទៀត</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save to a &amp;file…</source>
        <translation>រក្សាទុកជាឯកសារ (&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chooses where to save the file of fingerprints. No pictures go in it.</source>
        <translation>ជ្រើសកន្លែងរក្សាទុកឯកសារស្នាមម្រាមដៃឌីជីថល។ គ្មានរូបភាពណាមួយនៅក្នុងវាទេ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving status</source>
        <translation>ស្ថានភាពនៃការរក្សាទុក</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the fingerprints</source>
        <translation>រក្សាទុកស្នាមម្រាមដៃឌីជីថល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the file of fingerprints.</source>
        <translation>ជ្រើសកន្លែងរក្សាទុកឯកសារស្នាមម្រាមដៃឌីជីថល។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint files (*.stopncii.json);;All files (*)</source>
        <translation>ឯកសារស្នាមម្រាមដៃឌីជីថល (*.stopncii.json);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>ឃ្លាសម្ងាត់ត្រូវមានយ៉ាងហោចណាស់ %1 តួអក្សរ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>ឃ្លាសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។ សូមវាយវាម្ដងទៀត។</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saving…</source>
        <translation>កំពុងរក្សាទុក…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The fingerprints were saved to a file.</source>
        <translation>បានរក្សាទុកស្នាមម្រាមដៃឌីជីថលក្នុងឯកសារមួយ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. Take the file to a computer with internet, open this app there and choose “Send a saved file”.</source>
        <translation>បានរក្សាទុកហើយ។ សូមយកឯកសារនេះទៅកុំព្យូទ័រដែលមានអ៊ីនធឺណិត បើកកម្មវិធីនេះនៅទីនោះ ហើយជ្រើស «ផ្ញើឯកសារដែលបានរក្សាទុក»។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file holds the fingerprints and the case token, so keep it as safe as the token itself.</source>
        <translation>ឯកសារនេះមានស្នាមម្រាមដៃឌីជីថល និងលេខកូដករណី ដូច្នេះសូមរក្សាវាឲ្យមានសុវត្ថិភាព ដូចលេខកូដករណីដែរ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file holds fingerprints only.</source>
        <translation>ឯកសារនេះមានតែស្នាមម្រាមដៃឌីជីថលប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file could not be saved: %1. Nothing else was changed.</source>
        <translation>មិនអាចរក្សាទុកឯកសារបានទេ៖ %1។ គ្មានអ្វីផ្សេងទៀតត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save this client’s fingerprints and case token to a file for them, then press Next client again.</source>
        <translation>សូមរក្សាទុកស្នាមម្រាមដៃឌីជីថល និងលេខកូដករណីរបស់អតិថិជននេះ ជាឯកសារសម្រាប់គាត់ បន្ទាប់មកចុច «អតិថិជនបន្ទាប់» ម្ដងទៀត។</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <location filename="../../gui/pages/send.py" line="+48"/>
        <source>Send or save the fingerprints</source>
        <extracomment>What the sending and saving messages are about: the file opened (None: the review&apos;s files) and the fingerprints (see :meth:`entered`).</extracomment>
        <translation>ផ្ញើ ឬរក្សាទុកស្នាមម្រាមដៃឌីជីថល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose to send the fingerprints to the bank now, or save them to a file.</source>
        <translation>ជ្រើសរើសថាត្រូវផ្ញើស្នាមម្រាមដៃឌីជីថលទៅធនាគារឥឡូវនេះ ឬរក្សាទុកវាជាឯកសារ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is ready</source>
        <translation>អ្វីដែលរួចរាល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>ថយក្រោយ (&amp;B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back; nothing is sent.</source>
        <translation>ត្រឡប់ក្រោយ។ គ្មានអ្វីត្រូវបានផ្ញើទេ។</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n picture(s) or video(s) have fingerprints ready.</source>
        <translation>
            <numerusform>រូបភាព ឬវីដេអូចំនួន %n មានស្នាមម្រាមដៃឌីជីថលរួចរាល់ហើយ។</numerusform>
            <numerusform>រូបភាព ឬវីដេអូចំនួន %n មានស្នាមម្រាមដៃឌីជីថលរួចរាល់ហើយ។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the fingerprints and a case token can leave this computer.</source>
        <translation>មានតែស្នាមម្រាមដៃឌីជីថល និងលេខកូដករណីមួយប៉ុណ្ណោះ ដែលអាចចេញពីកុំព្យូទ័រនេះ។</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <location filename="../../gui/panels/sending.py" line="+79"/>
        <location line="+3"/>
        <source>Send to the hash bank</source>
        <extracomment>True while the page&apos;s job is a submission of this panel.</extracomment>
        <translation>ផ្ញើទៅធនាគារស្នាមម្រាមដៃឌីជីថល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the fingerprints and a case token to the bank.</source>
        <translation>ផ្ញើស្នាមម្រាមដៃឌីជីថល និងលេខកូដករណីមួយ ទៅធនាគារ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where they go</source>
        <translation>កន្លែងដែលវាទៅ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Practice mode: try it with a practice server on this computer</source>
        <translation>របៀបហាត់សម៖ សាកល្បងជាមួយម៉ាស៊ីនមេហាត់សមនៅលើកុំព្យូទ័រនេះ (&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practice mode</source>
        <translation>របៀបហាត់សម</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends the fingerprints to a practice server on this computer instead of a real bank. Nothing is protected and nothing leaves the computer.</source>
        <translation>ផ្ញើស្នាមម្រាមដៃឌីជីថលទៅម៉ាស៊ីនមេហាត់សមនៅលើកុំព្យូទ័រនេះ ជំនួសឲ្យធនាគារពិត។ គ្មានអ្វីត្រូវបានការពារ ហើយគ្មានអ្វីចេញពីកុំព្យូទ័រនេះទេ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Send to this bank…</source>
        <translation>ផ្ញើទៅធនាគារនេះ (&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks you to confirm, then sends only the fingerprints and a case token.</source>
        <translation>សុំឲ្យអ្នកបញ្ជាក់ជាមុនសិន រួចផ្ញើតែស្នាមម្រាមដៃឌីជីថល និងលេខកូដករណីមួយប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Yes, send now</source>
        <translation>បាទ/ចាស ផ្ញើឥឡូវនេះ (&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends the fingerprints and the case token now.</source>
        <translation>ផ្ញើស្នាមម្រាមដៃឌីជីថល និងលេខកូដករណីឥឡូវនេះ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not no&amp;w</source>
        <translation>មិនមែនឥឡូវនេះទេ (&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends nothing. You can still save to a file.</source>
        <translation>មិនផ្ញើអ្វីទាំងអស់។ អ្នកនៅតែអាចរក្សាទុកជាឯកសារបាន។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show e&amp;xactly what will be sent</source>
        <translation>បង្ហាញអ្វីដែលនឹងត្រូវផ្ញើ យ៉ាងពិតប្រាកដ (&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens, to read, the requests that will go to the bank, as they will go.</source>
        <translation>បើកសំណើដែលនឹងទៅកាន់ធនាគារ ដូចដែលវានឹងត្រូវផ្ញើ ដើម្បីអានវា។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending</source>
        <translation>កំពុងផ្ញើ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows that the app is talking to the bank.</source>
        <translation>បង្ហាញថាកម្មវិធីកំពុងទាក់ទងជាមួយធនាគារ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending status</source>
        <translation>ស្ថានភាពនៃការផ្ញើ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>St&amp;op</source>
        <translation>បញ្ឈប់ (&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops waiting for the bank. What was not sent stays kept on this computer.</source>
        <translation>ឈប់រង់ចាំធនាគារ។ អ្វីដែលមិនទាន់បានផ្ញើ នៅតែរក្សាទុកនៅលើកុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>T&amp;ry again</source>
        <translation>ព្យាយាមម្ដងទៀត (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tries again to send what is waiting.</source>
        <translation>ព្យាយាមផ្ញើអ្វីដែលកំពុងរង់ចាំម្ដងទៀត។</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No bank is set up yet. You can save the fingerprints to a file, try practice mode, or add a bank in Settings.</source>
        <translation>មិនទាន់មានធនាគារណាមួយត្រូវបានរៀបចំនៅឡើយទេ។ អ្នកអាចរក្សាទុកស្នាមម្រាមដៃឌីជីថលជាឯកសារ សាកល្បងរបៀបហាត់សម ឬបន្ថែមធនាគារនៅក្នុង «ការកំណត់»។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(The bank settings could not be used: see Settings.)</source>
        <translation>(មិនអាចប្រើការកំណត់ធនាគារបានទេ៖ សូមមើល «ការកំណត់»។)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PRACTICE: the fingerprints go to a practice server on this computer (%1). Nothing is really sent and nothing is protected.</source>
        <translation>ហាត់សម៖ ស្នាមម្រាមដៃឌីជីថលទៅកាន់ម៉ាស៊ីនមេហាត់សមនៅលើកុំព្យូទ័រនេះ (%1)។ គ្មានអ្វីត្រូវបានផ្ញើពិតប្រាកដ ហើយគ្មានអ្វីត្រូវបានការពារទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fingerprints will go to: %1, at %2</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលនឹងទៅកាន់៖ %1 នៅ %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>This bank takes at most %n picture fingerprint(s) per photo: each photo&apos;s own and the most useful others are sent.</source>
        <translation>
            <numerusform>ធនាគារនេះទទួលស្នាមម្រាមដៃឌីជីថលរូបភាពយ៉ាងច្រើន %n សម្រាប់រូបថតនីមួយៗ៖ ស្នាមរបស់រូបថតផ្ទាល់ និងស្នាមផ្សេងទៀតដែលមានប្រយោជន៍បំផុតត្រូវបានផ្ញើ។</numerusform>
            <numerusform>ធនាគារនេះទទួលស្នាមម្រាមដៃឌីជីថលរូបភាពយ៉ាងច្រើន %n សម្រាប់រូបថតនីមួយៗ៖ ស្នាមរបស់រូបថតផ្ទាល់ និងស្នាមផ្សេងទៀតដែលមានប្រយោជន៍បំផុតត្រូវបានផ្ញើ។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>You are about to send the fingerprints of %n file(s) and a new case token</source>
        <translation>
            <numerusform>អ្នកហៀបនឹងផ្ញើស្នាមម្រាមដៃឌីជីថលនៃឯកសារចំនួន %n និងលេខកូដករណីថ្មីមួយ</numerusform>
            <numerusform>អ្នកហៀបនឹងផ្ញើស្នាមម្រាមដៃឌីជីថលនៃឯកសារចំនួន %n និងលេខកូដករណីថ្មីមួយ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to %1 at %2.</source>
        <translation>ទៅ %1 នៅ %2។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No pictures, file names or other details are sent. Send now?</source>
        <translation>គ្មានរូបភាព ឈ្មោះឯកសារ ឬព័ត៌មានលម្អិតផ្សេងទៀតត្រូវបានផ្ញើទេ។ ផ្ញើឥឡូវនេះឬ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(Practice: nothing really leaves this computer.)</source>
        <translation>(ហាត់សម៖ គ្មានអ្វីចេញពីកុំព្យូទ័រនេះពិតប្រាកដទេ។)</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n of them will not be sent to this bank (it does not take that kind, or takes fewer per picture); the exact text shows what goes.</source>
        <translation>
            <numerusform>ក្នុងចំណោមនោះ %n នឹងមិនត្រូវផ្ញើទៅធនាគារនេះទេ (វាមិនទទួលប្រភេទនោះ ឬទទួលតិចជាងនេះសម្រាប់រូបភាពនីមួយៗ)។ អត្ថបទពិតប្រាកដបង្ហាញអ្វីដែលនឹងត្រូវផ្ញើ។</numerusform>
            <numerusform>ក្នុងចំណោមនោះ %n នឹងមិនត្រូវផ្ញើទៅធនាគារនេះទេ (វាមិនទទួលប្រភេទនោះ ឬទទួលតិចជាងនេះសម្រាប់រូបភាពនីមួយៗ)។ អត្ថបទពិតប្រាកដបង្ហាញអ្វីដែលនឹងត្រូវផ្ញើ។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Sending did not start: %1.</source>
        <translation>ការផ្ញើមិនបានចាប់ផ្ដើមទេ៖ %1។</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sending the fingerprints…</source>
        <translation>កំពុងផ្ញើស្នាមម្រាមដៃឌីជីថល…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending the fingerprints to the practice bank on this computer.</source>
        <translation>កំពុងផ្ញើស្នាមម្រាមដៃឌីជីថលទៅធនាគារហាត់សមនៅលើកុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending the fingerprints to the bank.</source>
        <translation>កំពុងផ្ញើស្នាមម្រាមដៃឌីជីថលទៅធនាគារ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopping…</source>
        <translation>កំពុងបញ្ឈប់…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sent.</source>
        <translation>បានផ្ញើហើយ។</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Fingerprints sent: the bank stored %n fingerprint(s).</source>
        <translation>
            <numerusform>បានផ្ញើស្នាមម្រាមដៃឌីជីថល៖ ធនាគារបានរក្សាទុកស្នាមម្រាមដៃឌីជីថលចំនួន %n។</numerusform>
            <numerusform>បានផ្ញើស្នាមម្រាមដៃឌីជីថល៖ ធនាគារបានរក្សាទុកស្នាមម្រាមដៃឌីជីថលចំនួន %n។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopped.</source>
        <translation>បានបញ្ឈប់។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fingerprints could not be sent: %1.</source>
        <translation>មិនអាចផ្ញើស្នាមម្រាមដៃឌីជីថលបានទេ៖ %1។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fingerprints could not be sent because of a problem in the app.</source>
        <translation>មិនអាចផ្ញើស្នាមម្រាមដៃឌីជីថលបានទេ ដោយសារបញ្ហាក្នុងកម្មវិធី។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They wait in the app, not on the computer, until Next client. Press “Try again” when you are ready, or save them to a file for the client.</source>
        <translation>វារង់ចាំនៅក្នុងកម្មវិធី មិនមែននៅលើកុំព្យូទ័រទេ រហូតដល់ «អតិថិជនបន្ទាប់»។ សូមចុច «ព្យាយាមម្ដងទៀត» នៅពេលអ្នកត្រៀមរួច ឬរក្សាទុកវាជាឯកសារសម្រាប់អតិថិជន។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They are kept safely on this computer, waiting. Press “Try again” when you are ready, or save them to a file instead.</source>
        <translation>វាត្រូវបានរក្សាទុកដោយសុវត្ថិភាពនៅលើកុំព្យូទ័រនេះ កំពុងរង់ចាំ។ សូមចុច «ព្យាយាមម្ដងទៀត» នៅពេលអ្នកត្រៀមរួច ឬរក្សាទុកវាជាឯកសារជំនួសវិញ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was lost: you can try again or save to a file.</source>
        <translation>គ្មានអ្វីបាត់បង់ទេ៖ អ្នកអាចព្យាយាមម្ដងទៀត ឬរក្សាទុកជាឯកសារ។</translation>
    </message>
</context>
<context>
    <name>SettingsConnection</name>
    <message>
        <location filename="../../gui/settings_connection.py" line="+32"/>
        <source>The server answered, but it has no bank named %1.</source>
        <translation>ម៉ាស៊ីនមេបានឆ្លើយតប ប៉ុន្តែវាគ្មានធនាគារឈ្មោះ %1 ទេ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bank answered. This profile works.</source>
        <translation>ធនាគារបានឆ្លើយតប។ ប្រវត្តិរូបនេះដំណើរការ។</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../gui/pages/settings.py" line="+62"/>
        <source>Settings</source>
        <extracomment>The settings as saved (the defaults when the file could not be read).</extracomment>
        <translation>ការកំណត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Banks, language, extra fingerprints and caseworker mode.</source>
        <translation>ធនាគារ ភាសា ស្នាមម្រាមដៃឌីជីថលបន្ថែម និងរបៀបអ្នកគ្រប់គ្រងករណី។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>ថយក្រោយ (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to where you were. Settings are already saved.</source>
        <translation>ត្រឡប់ទៅកន្លែងដែលអ្នកនៅមុននេះវិញ។ ការកំណត់ត្រូវបានរក្សាទុករួចហើយ។</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The saved settings could not be read, so the defaults are used: %1</source>
        <translation>មិនអាចអានការកំណត់ដែលបានរក្សាទុកបានទេ ដូច្នេះកំពុងប្រើការកំណត់លំនាំដើម៖ %1</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Not saved: %1</source>
        <translation>មិនបានរក្សាទុកទេ៖ %1</translation>
    </message>
</context>
<context>
    <name>SettingsProfiles</name>
    <message>
        <location filename="../../gui/settings_profiles.py" line="-241"/>
        <source>HMA hash bank</source>
        <translation>ធនាគារស្នាមម្រាមដៃឌីជីថល HMA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case API</source>
        <translation>case API</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: %2 at %3</source>
        <translation>%1៖ %2 នៅ %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(bank %1)</source>
        <translation>(ធនាគារ %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(used for sending)</source>
        <translation>(ប្រើសម្រាប់ផ្ញើ)</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <location filename="../../gui/stores.py" line="-4"/>
        <source>The settings could not be saved (%1).</source>
        <translation>មិនអាចរក្សាទុកការកំណត់បានទេ (%1)។</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../gui/pages/status.py" line="+65"/>
        <source>Check or withdraw a case</source>
        <translation>ពិនិត្យ ឬដកករណីវិញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See what the bank holds for a case, and take fingerprints out again.</source>
        <translation>មើលអ្វីដែលធនាគាររក្សាទុកសម្រាប់ករណីមួយ ហើយដកស្នាមម្រាមដៃឌីជីថលចេញវិញ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type your case token, or open the receipt you saved. Withdrawing takes the fingerprints out of the bank: platforms will then no longer block matching uploads.</source>
        <translation>វាយលេខកូដករណីរបស់អ្នក ឬបើកបង្កាន់ដៃដែលអ្នកបានរក្សាទុក។ ការដកវិញ នឹងដកស្នាមម្រាមដៃឌីជីថលចេញពីធនាគារ៖ បន្ទាប់មក វេទិកានានានឹងលែងរារាំងការបង្ហោះដែលត្រូវគ្នាទៀតហើយ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How this works</source>
        <translation>របៀបដែលវាដំណើរការ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Check the case</source>
        <translation>ពិនិត្យករណី (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the bank what it holds for this case.</source>
        <translation>សួរធនាគារថាវារក្សាទុកអ្វីខ្លះសម្រាប់ករណីនេះ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working</source>
        <translation>កំពុងដំណើរការ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The app is talking to the bank.</source>
        <translation>កម្មវិធីកំពុងទាក់ទងជាមួយធនាគារ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>ថយក្រោយ (&amp;B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the first page.</source>
        <translation>ត្រឡប់ទៅទំព័រដំបូងវិញ។</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Please wait: the app is still talking to the bank.</source>
        <translation>សូមរង់ចាំ៖ កម្មវិធីកំពុងនិយាយជាមួយធនាគារនៅឡើយ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please check the case token: %1.</source>
        <translation>សូមពិនិត្យលេខកូដករណី៖ %1។</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>The bank was asked about the case: %n fingerprint(s).</source>
        <translation>
            <numerusform>បានសួរធនាគារអំពីករណីនេះ៖ ស្នាមម្រាមដៃឌីជីថលចំនួន %n។</numerusform>
            <numerusform>បានសួរធនាគារអំពីករណីនេះ៖ ស្នាមម្រាមដៃឌីជីថលចំនួន %n។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bank holds nothing for this case token. Check that every character of the token is right; if it is, this case was withdrawn or never sent there.</source>
        <translation>ធនាគារមិនមានអ្វីសម្រាប់លេខកូដករណីនេះទេ។ សូមពិនិត្យថាតួអក្សរនីមួយៗនៃលេខកូដត្រឹមត្រូវ។ បើត្រឹមត្រូវ ករណីនេះត្រូវបានដកវិញ ឬមិនដែលបានផ្ញើទៅទីនោះទេ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing of this case is in the bank any more: it was withdrawn. Platforms no longer use it to block uploads.</source>
        <translation>គ្មានអ្វីនៃករណីនេះនៅក្នុងធនាគារទៀតទេ៖ វាត្រូវបានដកវិញហើយ។ វេទិកានានាលែងប្រើវាដើម្បីរារាំងការបង្ហោះទៀតហើយ។</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n picture(s) or video(s) of this case are in the bank,</source>
        <translation>
            <numerusform>រូបភាព ឬវីដេអូចំនួន %n នៃករណីនេះ នៅក្នុងធនាគារ</numerusform>
            <numerusform>រូបភាព ឬវីដេអូចំនួន %n នៃករណីនេះ នៅក្នុងធនាគារ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>with %n fingerprint(s) in all.</source>
        <translation>
            <numerusform>ជាមួយស្នាមម្រាមដៃឌីជីថលសរុប %n។</numerusform>
            <numerusform>ជាមួយស្នាមម្រាមដៃឌីជីថលសរុប %n។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each photo gives several fingerprints, so that edited copies (cropped, turned, with text added) are matched too.</source>
        <translation>រូបថតនីមួយៗផ្តល់ស្នាមម្រាមដៃឌីជីថលច្រើន ដើម្បីឱ្យច្បាប់ចម្លងដែលគេបានកែ (កាត់ បង្វិល ឬបន្ថែមអក្សរ) ក៏អាចផ្គូផ្គងបានដែរ។</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n were withdrawn.</source>
        <translation>
            <numerusform>%n ត្រូវបានដកវិញ។</numerusform>
            <numerusform>%n ត្រូវបានដកវិញ។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fingerprints were withdrawn from the bank.</source>
        <translation>បានដកស្នាមម្រាមដៃឌីជីថលចេញពីធនាគារ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was withdrawn: the bank no longer held it. The list below shows what the bank holds now.</source>
        <translation>គ្មានអ្វីត្រូវបានដកវិញទេ៖ ធនាគារលែងរក្សាទុកវាទៀតហើយ។ បញ្ជីខាងក្រោមបង្ហាញអ្វីដែលធនាគារកំពុងរក្សាទុកឥឡូវនេះ។</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Withdrawn: the whole case, %n fingerprint(s).</source>
        <translation>
            <numerusform>បានដកវិញ៖ ករណីទាំងមូល ស្នាមម្រាមដៃឌីជីថល %n។</numerusform>
            <numerusform>បានដកវិញ៖ ករណីទាំងមូល ស្នាមម្រាមដៃឌីជីថល %n។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Withdrawn: picture %1, %n fingerprint(s).</source>
        <translation>
            <numerusform>បានដកវិញ៖ រូបភាពទី %1 ស្នាមម្រាមដៃឌីជីថល %n។</numerusform>
            <numerusform>បានដកវិញ៖ រូបភាពទី %1 ស្នាមម្រាមដៃឌីជីថល %n។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Withdrawn: one fingerprint.</source>
        <translation>បានដកវិញ៖ ស្នាមម្រាមដៃឌីជីថលមួយ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list below shows what the bank holds now.</source>
        <translation>បញ្ជីខាងក្រោមបង្ហាញអ្វីដែលធនាគារកំពុងរក្សាទុកឥឡូវនេះ។</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Asking the bank…</source>
        <translation>កំពុងសួរធនាគារ…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Withdrawing…</source>
        <translation>កំពុងដកវិញ…</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>This was a practice case. Practice mode has ended since, and the practice server forgot all it held, so there is nothing to check or withdraw.</source>
        <translation>នេះជាករណីហាត់សម។ របៀបហាត់សមបានបញ្ចប់រួចហើយ ហើយម៉ាស៊ីនមេហាត់សមបានបំភ្លេចអ្វីៗទាំងអស់ដែលវាមាន ដូច្នេះគ្មានអ្វីត្រូវពិនិត្យ ឬដកវិញទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bank could not be asked: %1.</source>
        <translation>មិនអាចសួរធនាគារបានទេ៖ %1។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the internet connection and try again.</source>
        <translation>សូមពិនិត្យការតភ្ជាប់អ៊ីនធឺណិត ហើយព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong in the app. Please try again.</source>
        <translation>មានបញ្ហាកើតឡើងក្នុងកម្មវិធី។ សូមព្យាយាមម្ដងទៀត។</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../gui/steps.py" line="+26"/>
        <source>Choose</source>
        <extracomment>The steps of the flow, in order (their words are made in :func:`step_names`). The height of the bar under each step, in logical pixels.</extracomment>
        <translation>ជ្រើសរើស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprints</source>
        <translation>ស្នាមម្រាមដៃ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>ពិនិត្យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send or save</source>
        <translation>ផ្ញើ ឬរក្សាទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>បង្កាន់ដៃ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step %1 of %2: %3</source>
        <translation>ជំហានទី %1 ក្នុងចំណោម %2៖ %3</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. Done.</source>
        <translation>%1។ រួចរាល់។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. You are here.</source>
        <translation>%1។ អ្នកនៅទីនេះ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. Still to come.</source>
        <translation>%1។ មិនទាន់ដល់ទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where you are</source>
        <translation>អ្នកនៅត្រង់ណា</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../gui/texts.py" line="+29"/>
        <source>This file could not be found. It may have been moved or deleted.</source>
        <translation>រកមិនឃើញឯកសារនេះទេ។ ប្រហែលជាវាត្រូវបានផ្លាស់ទី ឬលុបចោល។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file could not be opened. You may not have permission to read it.</source>
        <translation>មិនអាចបើកឯកសារនេះបានទេ។ ប្រហែលជាអ្នកគ្មានសិទ្ធិអានវា។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is empty.</source>
        <translation>ឯកសារនេះទទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not a photo or video that the app can read.</source>
        <translation>ឯកសារនេះមិនមែនជារូបថត ឬវីដេអូដែលកម្មវិធីអាចអានបានទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This type of file is not supported.</source>
        <translation>មិនគាំទ្រប្រភេទឯកសារនេះទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is damaged or incomplete, so it could not be read.</source>
        <translation>ឯកសារនេះខូច ឬមិនពេញលេញ ដូច្នេះមិនអាចអានបានទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This picture is too small to make a fingerprint.</source>
        <translation>រូបភាពនេះតូចពេក មិនអាចបង្កើតស្នាមម្រាមដៃឌីជីថលបានទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This picture is too large to open safely on this computer, so it was not opened.</source>
        <translation>រូបភាពនេះធំពេក មិនអាចបើកដោយសុវត្ថិភាពនៅលើកុំព្យូទ័រនេះបានទេ ដូច្នេះវាមិនត្រូវបានបើកទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a file (it may be a folder or a device).</source>
        <translation>នេះមិនមែនជាឯកសារទេ (វាប្រហែលជាថតឯកសារ ឬឧបករណ៍)។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a shortcut (link) that leads nowhere, so there is no file to read.</source>
        <translation>នេះជាផ្លូវកាត់ (តំណ) ដែលមិននាំទៅកន្លែងណាទេ ដូច្នេះគ្មានឯកសារសម្រាប់អានទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading this file made the picture reader fail. It may be damaged.</source>
        <translation>ការអានឯកសារនេះបានធ្វើឲ្យកម្មវិធីអានរូបភាពគាំង។ វាប្រហែលជាខូច។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading this file stopped making progress, so it was stopped. It may be damaged.</source>
        <translation>ការអានឯកសារនេះលែងដំណើរការទៅមុខ ដូច្នេះវាត្រូវបានបញ្ឈប់។ វាប្រហែលជាខូច។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file has no video in it (it may be sound only).</source>
        <translation>ឯកសារនេះគ្មានវីដេអូទេ (វាប្រហែលជាមានតែសំឡេង)។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No picture in this video could be read. It may be damaged.</source>
        <translation>មិនអាចអានរូបភាពណាមួយក្នុងវីដេអូនេះបានទេ។ វាប្រហែលជាខូច។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped before this file was finished.</source>
        <translation>បានបញ្ឈប់ មុនពេលឯកសារនេះធ្វើរួច។</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Something went wrong while reading this file.</source>
        <translation>មានបញ្ហាកើតឡើង ពេលកំពុងអានឯកសារនេះ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Low quality: this picture has too little detail (it may be very dark, plain or blurry) for a reliable fingerprint. Only exact copies of this file can be matched.</source>
        <translation>គុណភាពទាប៖ រូបភាពនេះមានព័ត៌មានលម្អិតតិចពេក (វាប្រហែលជាងងឹតខ្លាំង មានពណ៌តែមួយ ឬព្រិល) សម្រាប់ស្នាមម្រាមដៃឌីជីថលដែលអាចទុកចិត្តបាន។ មានតែច្បាប់ចម្លងដូចបេះបិទនៃឯកសារនេះប៉ុណ្ណោះ ដែលអាចផ្គូផ្គងបាន។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not a photo or video the app can read.</source>
        <translation>មិនមែនជារូបថត ឬវីដេអូដែលកម្មវិធីអាចអានបានទេ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the computer would not read or write the file</source>
        <translation>កុំព្យូទ័រមិនព្រមអាន ឬសរសេរឯកសារនេះទេ</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>about %n second(s)</source>
        <translation>
            <numerusform>ប្រហែល %n វិនាទី</numerusform>
            <numerusform>ប្រហែល %n វិនាទី</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>ប្រហែល %n នាទី</numerusform>
            <numerusform>ប្រហែល %n នាទី</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the bank could not be reached, or it is busy (the internet may be off)</source>
        <translation>មិនអាចទាក់ទងធនាគារបានទេ ឬវាកំពុងរវល់ (អ៊ីនធឺណិតប្រហែលជាបិទ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the bank refused access: the access key in the bank&apos;s settings may be wrong</source>
        <translation>ធនាគារបានបដិសេធការចូល៖ កូនសោចូលក្នុងការកំណត់ធនាគារប្រហែលជាខុស</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>the bank answered with an error</source>
        <translation>ធនាគារបានឆ្លើយតបដោយមានកំហុស</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a file on this computer could not be read or written</source>
        <translation>មិនអាចអាន ឬសរសេរឯកសារមួយនៅលើកុំព្យូទ័រនេះបានទេ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not one the app can read, or its passphrase is wrong</source>
        <translation>ឯកសារនេះមិនមែនជាឯកសារដែលកម្មវិធីអាចអានបានទេ ឬឃ្លាសម្ងាត់របស់វាខុស</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the case token is not right</source>
        <translation>លេខកូដករណីមិនត្រឹមត្រូវទេ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bank&apos;s settings are not complete</source>
        <translation>ការកំណត់ធនាគារមិនទាន់គ្រប់គ្រាន់ទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something went wrong inside the app (not something you did)</source>
        <translation>មានបញ្ហាកើតឡើងនៅក្នុងកម្មវិធី (មិនមែនដោយសារអ្នកទេ)</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>the bank does not know this case, or its address in the settings is wrong</source>
        <translation>ធនាគារមិនស្គាល់ករណីនេះទេ ឬអាសយដ្ឋានរបស់វាក្នុងការកំណត់ខុស</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n picture fingerprint(s) of low quality (the picture is very dark, plain or blurry there), which would not match reliably.</source>
        <translation>
            <numerusform>ស្នាមម្រាមដៃឌីជីថលរូបភាព %n មានគុណភាពទាប (រូបភាពងងឹតខ្លាំង មានពណ៌តែមួយ ឬព្រិលនៅត្រង់នោះ) ដែលមិនអាចផ្គូផ្គងបានយ៉ាងទុកចិត្ត។</numerusform>
            <numerusform>ស្នាមម្រាមដៃឌីជីថលរូបភាព %n មានគុណភាពទាប (រូបភាពងងឹតខ្លាំង មានពណ៌តែមួយ ឬព្រិលនៅត្រង់នោះ) ដែលមិនអាចផ្គូផ្គងបានយ៉ាងទុកចិត្ត។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n video fingerprint(s) with no clear frame, which would not match reliably.</source>
        <translation>
            <numerusform>ស្នាមម្រាមដៃឌីជីថលវីដេអូ %n គ្មានស៊ុមរូបភាពច្បាស់ ដែលមិនអាចផ្គូផ្គងបានយ៉ាងទុកចិត្ត។</numerusform>
            <numerusform>ស្នាមម្រាមដៃឌីជីថលវីដេអូ %n គ្មានស៊ុមរូបភាពច្បាស់ ដែលមិនអាចផ្គូផ្គងបានយ៉ាងទុកចិត្ត។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Video fingerprints: this bank does not take them.</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលវីដេអូ៖ ធនាគារនេះមិនទទួលវាទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picture fingerprints: this bank does not take them.</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលរូបភាព៖ ធនាគារនេះមិនទទួលវាទេ។</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n fingerprint(s) for edited copies: this bank takes at most %1 per picture, so the most useful ones were sent.</source>
        <translation>
            <numerusform>ស្នាមម្រាមដៃឌីជីថល %n សម្រាប់ច្បាប់ចម្លងដែលគេបានកែ៖ ធនាគារនេះទទួលយ៉ាងច្រើន %1 សម្រាប់រូបភាពនីមួយៗ ដូច្នេះស្នាមដែលមានប្រយោជន៍បំផុតត្រូវបានផ្ញើ។</numerusform>
            <numerusform>ស្នាមម្រាមដៃឌីជីថល %n សម្រាប់ច្បាប់ចម្លងដែលគេបានកែ៖ ធនាគារនេះទទួលយ៉ាងច្រើន %1 សម្រាប់រូបភាពនីមួយៗ ដូច្នេះស្នាមដែលមានប្រយោជន៍បំផុតត្រូវបានផ្ញើ។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the practice server on this computer</source>
        <translation>ម៉ាស៊ីនមេសម្រាប់អនុវត្តនៅលើកុំព្យូទ័រនេះ</translation>
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
        <translation>សញ្ញារបស់កម្មវិធី។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protect your pictures from being shared</source>
        <translation>ការពាររូបភាពរបស់អ្នក កុំឲ្យគេចែករំលែក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first page: what this app does and does not do.</source>
        <translation>ទំព័រដំបូង៖ អ្វីដែលកម្មវិធីនេះធ្វើ និងមិនធ្វើ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This app makes a fingerprint (a hash) of each photo or video you choose. It does this here, on this computer. Your pictures never leave it: only the fingerprints are sent, and only when you say so.</source>
        <translation>កម្មវិធីនេះបង្កើតស្នាមម្រាមដៃឌីជីថល (hash) នៃរូបថត ឬវីដេអូនីមួយៗដែលអ្នកជ្រើស។ វាធ្វើការនេះនៅទីនេះ នៅលើកុំព្យូទ័រនេះ។ រូបភាពរបស់អ្នកមិនដែលចេញពីកុំព្យូទ័រនេះទេ៖ មានតែស្នាមម្រាមដៃឌីជីថលប៉ុណ្ណោះដែលត្រូវបានផ្ញើ ហើយតែនៅពេលអ្នកយល់ព្រមប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the app does</source>
        <translation>អ្វីដែលកម្មវិធីធ្វើ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platforms that use the hash bank can then block uploads that match your fingerprints. Platforms that do not use it cannot. The app cannot remove pictures that are already posted.</source>
        <translation>បន្ទាប់មក វេទិកាដែលប្រើធនាគារស្នាមម្រាមដៃឌីជីថល អាចរារាំងការបង្ហោះដែលត្រូវនឹងស្នាមម្រាមដៃឌីជីថលរបស់អ្នក។ វេទិកាដែលមិនប្រើវា មិនអាចធ្វើបានទេ។ កម្មវិធីនេះមិនអាចលុបរូបភាពដែលត្រូវបានបង្ហោះរួចហើយបានទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the app cannot do</source>
        <translation>អ្វីដែលកម្មវិធីមិនអាចធ្វើបាន</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is for adults, for pictures of themselves.</source>
        <translation>កម្មវិធីនេះសម្រាប់មនុស្សពេញវ័យ សម្រាប់រូបភាពរបស់ខ្លួនឯង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who the app is for</source>
        <translation>កម្មវិធីនេះសម្រាប់នរណា</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Were you under 18 in the pictures? Then please use Take It Down from NCMEC instead: %1. It is free and made for this. You can also talk to a helpline in your country, or to an adult you trust.</source>
        <translation>តើអ្នកមានអាយុក្រោម ១៨ ឆ្នាំ នៅក្នុងរូបភាពទាំងនោះឬ? បើដូច្នេះ សូមប្រើ Take It Down របស់ NCMEC ជំនួសវិញ៖ %1 ។ វាឥតគិតថ្លៃ ហើយត្រូវបានបង្កើតឡើងសម្រាប់រឿងនេះ។ អ្នកក៏អាចនិយាយជាមួយខ្សែទូរស័ព្ទជំនួយនៅក្នុងប្រទេសរបស់អ្នក ឬជាមួយមនុស្សពេញវ័យដែលអ្នកទុកចិត្តបានដែរ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If you were under 18</source>
        <translation>ប្រសិនបើអ្នកមានអាយុក្រោម ១៨ ឆ្នាំ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures taken when you were under 18: use NCMEC&apos;s Take It Down at takeitdown.ncmec.org, or a helpline.</source>
        <translation>រូបភាពដែលថតនៅពេលអ្នកមានអាយុក្រោម ១៨ ឆ្នាំ៖ សូមប្រើ Take It Down របស់ NCMEC នៅ takeitdown.ncmec.org ឬខ្សែទូរស័ព្ទជំនួយ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start: choose photos and videos</source>
        <translation>ចាប់ផ្ដើម៖ ជ្រើសរើសរូបថត និងវីដេអូ (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next step, where you choose the pictures to protect.</source>
        <translation>ទៅជំហានបន្ទាប់ ដែលអ្នកជ្រើសរើសរូបភាពដែលត្រូវការពារ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check or &amp;withdraw a case</source>
        <translation>ពិនិត្យ ឬដកករណីវិញ (&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a case token or open a saved receipt to see or withdraw a case.</source>
        <translation>បញ្ចូលលេខកូដករណី ឬបើកបង្កាន់ដៃដែលបានរក្សាទុក ដើម្បីមើល ឬដកករណីវិញ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send a saved &amp;file</source>
        <translation>ផ្ញើឯកសារដែលបានរក្សាទុក (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a file of fingerprints saved earlier, perhaps on another computer.</source>
        <translation>បើកឯកសារស្នាមម្រាមដៃឌីជីថលដែលបានរក្សាទុកពីមុន ប្រហែលជានៅលើកុំព្យូទ័រផ្សេង។</translation>
    </message>
</context>
</TS>
