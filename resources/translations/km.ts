<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km">
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../../stopncii_desktop/gui/pages/choose.py" line="+52"/>
        <location line="+83"/>
        <source>Choose photos and videos</source>
        <extracomment>Folders are walked no deeper than this many files (a guard against choosing a whole disk).</extracomment>
        <translation>ជ្រើសរើសរូបថត និងវីដេអូ</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Choose the pictures to make fingerprints of. Nothing is sent yet.</source>
        <translation>ជ្រើសរើសរូបភាពដែលត្រូវបង្កើតស្នាមម្រាមដៃឌីជីថល។ មិនទាន់មានអ្វីត្រូវបានផ្ញើនៅឡើយទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+3"/>
        <source>Add a &amp;folder…</source>
        <translation>បន្ថែមថតឯកសារ (&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a window to pick a folder; every photo and video in it is added.</source>
        <translation>បើកផ្ទាំងមួយ ដើម្បីជ្រើសថតឯកសារ។ រូបថត និងវីដេអូទាំងអស់នៅក្នុងនោះ នឹងត្រូវបានបន្ថែម។</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+2"/>
        <source>A&amp;dd this path</source>
        <translation>បន្ថែមទីតាំងនេះ (&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adds the file or folder typed in the box.</source>
        <translation>បន្ថែមឯកសារ ឬថតឯកសារដែលបានវាយក្នុងប្រអប់។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chosen files</source>
        <translation>ឯកសារដែលបានជ្រើស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files that will get a fingerprint, and any that will be skipped.</source>
        <translation>ឯកសារដែលនឹងទទួលបានស្នាមម្រាមដៃឌីជីថល និងឯកសារណាដែលនឹងត្រូវរំលង។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary</source>
        <translation>សេចក្ដីសង្ខេប</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back</source>
        <translation>ថយក្រោយ (&amp;B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the first page.</source>
        <translation>ត្រឡប់ទៅទំព័រដំបូងវិញ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove selected</source>
        <translation>ដកឯកសារដែលបានជ្រើសចេញ (&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location line="+2"/>
        <source>&amp;Make fingerprints</source>
        <translation>បង្កើតស្នាមម្រាមដៃឌីជីថល (&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes a fingerprint of each chosen file, on this computer.</source>
        <translation>បង្កើតស្នាមម្រាមដៃឌីជីថលនៃឯកសារដែលបានជ្រើសនីមួយៗ នៅលើកុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Photos and videos (%1);;All files (*)</source>
        <translation>រូបថត និងវីដេអូ (%1);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a folder</source>
        <translation>ជ្រើសថតឯកសារ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was found at that path. Check it and try again.</source>
        <translation>រកមិនឃើញអ្វីនៅទីតាំងនោះទេ។ សូមពិនិត្យមើល ហើយព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n file(s) chosen, %1 in all.</source>
        <translation>
            <numerusform>បានជ្រើសឯកសារចំនួន %n សរុប %1។</numerusform>
            <numerusform>បានជ្រើសឯកសារចំនួន %n សរុប %1។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) will be skipped because they are not photos or videos.</source>
        <translation>
            <numerusform>នឹងរំលងឯកសារចំនួន %n ព្រោះវាមិនមែនជារូបថត ឬវីដេអូ។</numerusform>
            <numerusform>នឹងរំលងឯកសារចំនួន %n ព្រោះវាមិនមែនជារូបថត ឬវីដេអូ។</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../stopncii_desktop/gui/pages/review.py" line="+30"/>
        <source>Exactly what will be sent</source>
        <translation>អ្វីៗដែលនឹងត្រូវផ្ញើ យ៉ាងពិតប្រាកដ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is everything that will leave this computer: fingerprints only. No pictures, file names, places or dates.</source>
        <translation>នេះជាអ្វីៗទាំងអស់ដែលនឹងចេញពីកុំព្យូទ័រនេះ៖ មានតែស្នាមម្រាមដៃឌីជីថលប៉ុណ្ណោះ។ គ្មានរូបភាព ឈ្មោះឯកសារ ទីកន្លែង ឬកាលបរិច្ឆេទទេ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About this document</source>
        <translation>អំពីឯកសារនេះ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document</source>
        <translation>ខ្លឹមសារដែលនឹងផ្ញើ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fingerprints that will be sent, as the bank will receive them.</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលដែលនឹងត្រូវផ្ញើ ដូចដែលធនាគារនឹងទទួលបាន។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closes this window.</source>
        <translation>បិទផ្ទាំងនេះ។</translation>
    </message>
</context>
<context>
    <name>HashingPage</name>
    <message>
        <location filename="../../stopncii_desktop/gui/pages/hashing.py" line="+29"/>
        <source>Making fingerprints</source>
        <extracomment>Jobs let go by a wipe, kept alive until their thread ends.</extracomment>
        <translation>កំពុងបង្កើតស្នាមម្រាមដៃឌីជីថល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app is making a fingerprint of each file, on this computer.</source>
        <translation>កម្មវិធីកំពុងបង្កើតស្នាមម្រាមដៃឌីជីថលនៃឯកសារនីមួយៗ នៅលើកុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This happens on this computer. Nothing is sent. You can stop at any time.</source>
        <translation>ការងារនេះធ្វើនៅលើកុំព្យូទ័រនេះ។ គ្មានអ្វីត្រូវបានផ្ញើទេ។ អ្នកអាចបញ្ឈប់បានគ្រប់ពេល។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is happening</source>
        <translation>អ្វីដែលកំពុងកើតឡើង</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>វឌ្ឍនភាព</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How much of the work is done.</source>
        <translation>ការងារបានធ្វើរួចប៉ុន្មានហើយ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files done</source>
        <translation>ឯកសារដែលរួចរាល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>ពេលវេលានៅសល់</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+0"/>
        <source>Stops making fingerprints. Files already done are kept.</source>
        <translation>បញ្ឈប់ការបង្កើតស្នាមម្រាមដៃឌីជីថល។ ឯកសារដែលបានធ្វើរួច នឹងត្រូវរក្សាទុក។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Review</source>
        <translation>ពិនិត្យ (&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Look at the results before anything is sent.</source>
        <translation>មើលលទ្ធផល មុនពេលផ្ញើអ្វីមួយ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to the files</source>
        <translation>ត្រឡប់ទៅឯកសារវិញ (&amp;B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back and change the chosen files.</source>
        <translation>ត្រឡប់ក្រោយ ហើយផ្លាស់ប្ដូរឯកសារដែលបានជ្រើស។</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Stopping…</source>
        <translation>កំពុងបញ្ឈប់…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 files done</source>
        <translation>រួចរាល់ %1 ក្នុងចំណោម %2 ឯកសារ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time left: %1</source>
        <translation>ពេលនៅសល់៖ %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1៖ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: done, but low quality</source>
        <translation>%1៖ រួចរាល់ ប៉ុន្តែគុណភាពទាប</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: done</source>
        <translation>%1៖ រួចរាល់</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
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
    <name>LogWindow</name>
    <message>
        <location filename="../../stopncii_desktop/gui/log_window.py" line="+57"/>
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
        <location filename="../../stopncii_desktop/gui/window.py" line="+41"/>
        <location line="+51"/>
        <source>StopNCII Desktop</source>
        <translation>StopNCII Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Forgets everything about this client and goes back to the start.</source>
        <translation>បំភ្លេចអ្វីៗទាំងអស់អំពីអតិថិជននេះ ហើយត្រឡប់ទៅការចាប់ផ្ដើមវិញ។</translation>
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
        <location line="+5"/>
        <source>Your organisation or the bank gives you these details. Ask them if you are not sure.</source>
        <translation>អង្គការរបស់អ្នក ឬធនាគារ ផ្ដល់ព័ត៌មានទាំងនេះឲ្យអ្នក។ សូមសួរពួកគេ ប្រសិនបើអ្នកមិនប្រាកដ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About bank profiles</source>
        <translation>អំពីប្រវត្តិរូបធនាគារ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A name for this bank, to recognise it.</source>
        <translation>ឈ្មោះសម្រាប់ធនាគារនេះ ដើម្បីស្គាល់វា។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of bank</source>
        <translation>ប្រភេទធនាគារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HMA is Meta&apos;s Hasher-Matcher-Actioner; a case API keeps cases by token.</source>
        <translation>HMA គឺជា Hasher-Matcher-Actioner របស់ Meta។ case API រក្សាទុកករណីតាមលេខកូដករណី។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address</source>
        <translation>អាសយដ្ឋាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bank&apos;s address, starting with https://</source>
        <translation>អាសយដ្ឋានរបស់ធនាគារ ដែលចាប់ផ្ដើមដោយ https://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://bank.example.org</source>
        <translation>https://bank.example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank name</source>
        <translation>ឈ្មោះធនាគារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For HMA: the bank&apos;s name in capitals, for example NCII_CASES.</source>
        <translation>សម្រាប់ HMA៖ ឈ្មោះធនាគារជាអក្សរធំ ឧទាហរណ៍ NCII_CASES។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access token</source>
        <translation>កូដចូលប្រើ (token)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the bearer token the bank gave you. It is kept in the settings.</source>
        <translation>មិនចាំបាច់៖ កូដចូលប្រើ (bearer token) ដែលធនាគារបានផ្ដល់ឲ្យអ្នក។ វាត្រូវបានរក្សាទុកក្នុងការកំណត់។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key pin</source>
        <translation>ការភ្ជាប់សោ (key pin)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: the SHA-256 of the bank&apos;s public key. With a pin, the app talks only to that exact server.</source>
        <translation>មិនចាំបាច់៖ SHA-256 នៃសោសាធារណៈរបស់ធនាគារ។ ពេលមានវា កម្មវិធីទាក់ទងតែជាមួយម៉ាស៊ីនមេនោះប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>ឈ្មោះ (&amp;N)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>ប្រភេទ (&amp;K)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>អាសយដ្ឋាន (&amp;A)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bank name:</source>
        <translation>ឈ្មោះធនាគារ (&amp;B)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access &amp;token:</source>
        <translation>កូដចូលប្រើ (&amp;T)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key &amp;pin:</source>
        <translation>ការភ្ជាប់សោ (&amp;P)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>បញ្ហា</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+21"/>
        <source>There is already a bank profile with this name.</source>
        <translation>មានប្រវត្តិរូបធនាគារដែលមានឈ្មោះនេះរួចហើយ។</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../stopncii_desktop/gui/i18n.py" line="+44"/>
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
    <name>ReviewPage</name>
    <message>
        <location filename="../../stopncii_desktop/gui/pages/review.py" line="+12"/>
        <source>Check before anything is sent</source>
        <translation>ពិនិត្យមើល មុនពេលផ្ញើអ្វីមួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose which files to protect. The pictures are blurred.</source>
        <translation>ជ្រើសរើសឯកសារដែលត្រូវការពារ។ រូបភាពត្រូវបានធ្វើឲ្យព្រិល។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pictures are blurred so nobody sees them by accident. Untick a file to leave it out. Select one and press Reveal to see it clearly.</source>
        <translation>រូបភាពត្រូវបានធ្វើឲ្យព្រិល ដើម្បីកុំឲ្យនរណាម្នាក់មើលឃើញដោយចៃដន្យ។ ដោះធីកឯកសារណាមួយ ដើម្បីទុកវាចោល។ ជ្រើសឯកសារមួយ ហើយចុច «បង្ហាញ» ដើម្បីមើលវាឲ្យច្បាស់។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to review</source>
        <translation>របៀបពិនិត្យ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files with fingerprints</source>
        <translation>ឯកសារដែលមានស្នាមម្រាមដៃឌីជីថល</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One entry per file. Space ticks or unticks the selected file; ticked files will be sent.</source>
        <translation>មួយធាតុសម្រាប់ឯកសារនីមួយៗ។ គ្រាប់ចុច Space ធីក ឬដោះធីកឯកសារដែលបានជ្រើស។ ឯកសារដែលបានធីក នឹងត្រូវផ្ញើ។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About the selected file</source>
        <translation>អំពីឯកសារដែលបានជ្រើស</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>សេចក្ដីសង្ខេប</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+97"/>
        <source>Re&amp;veal this picture</source>
        <translation>បង្ហាញរូបភាពនេះ (&amp;V)</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Shows the selected picture clearly, or blurs it again.</source>
        <translation>បង្ហាញរូបភាពដែលបានជ្រើសឲ្យច្បាស់ ឬធ្វើឲ្យវាព្រិលវិញ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+110"/>
        <source>Reveal &amp;all</source>
        <translation>បង្ហាញទាំងអស់ (&amp;A)</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Shows all pictures clearly, or blurs them all again.</source>
        <translation>បង្ហាញរូបភាពទាំងអស់ឲ្យច្បាស់ ឬធ្វើឲ្យវាទាំងអស់ព្រិលវិញ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+97"/>
        <source>&amp;Leave this one out</source>
        <translation>កុំផ្ញើឯកសារនេះ (&amp;L)</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Leaves the selected file out of what is sent, or puts it back.</source>
        <translation>ដកឯកសារដែលបានជ្រើសចេញពីអ្វីដែលនឹងផ្ញើ ឬដាក់វាចូលវិញ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;exactly what will be sent</source>
        <translation>បង្ហាញអ្វីដែលនឹងត្រូវផ្ញើ យ៉ាងពិតប្រាកដ (&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the document that will leave this computer, to read it.</source>
        <translation>បើកឯកសារដែលនឹងចេញពីកុំព្យូទ័រនេះ ដើម្បីអានវា។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Back</source>
        <translation>ថយក្រោយ (&amp;B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to the chosen files; the fingerprints are kept.</source>
        <translation>ត្រឡប់ទៅឯកសារដែលបានជ្រើសវិញ។ ស្នាមម្រាមដៃឌីជីថលនៅតែត្រូវបានរក្សាទុក។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Continue: send or save</source>
        <translation>បន្ត៖ ផ្ញើ ឬរក្សាទុក (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on to choose whether to send the fingerprints or save them to a file.</source>
        <translation>បន្តទៅជ្រើសរើសថា តើត្រូវផ្ញើស្នាមម្រាមដៃឌីជីថល ឬរក្សាទុកវាក្នុងឯកសារ។</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Blur this &amp;picture</source>
        <translation>ធ្វើឲ្យរូបភាពនេះព្រិល (&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Put this one back</source>
        <translation>ដាក់ឯកសារនេះចូលវិញ (&amp;P)</translation>
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
    <name>SettingsConnection</name>
    <message>
        <location filename="../../stopncii_desktop/gui/settings_connection.py" line="+42"/>
        <source>The server answered, but it has no bank named %1.</source>
        <translation>ម៉ាស៊ីនមេបានឆ្លើយតប ប៉ុន្តែវាគ្មានធនាគារឈ្មោះ %1 ទេ។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The bank answered. This profile works.</source>
        <translation>ធនាគារបានឆ្លើយតប។ ប្រវត្តិរូបនេះដំណើរការ។</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../stopncii_desktop/gui/pages/settings.py" line="+53"/>
        <source>Settings</source>
        <translation>ការកំណត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Banks, language, extra fingerprints and caseworker mode.</source>
        <translation>ធនាគារ ភាសា ស្នាមម្រាមដៃឌីជីថលបន្ថែម និងរបៀបអ្នកគ្រប់គ្រងករណី។</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Result</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back</source>
        <translation>ថយក្រោយ (&amp;B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to where you were. Settings are already saved.</source>
        <translation>ត្រឡប់ទៅកន្លែងដែលអ្នកនៅមុននេះវិញ។ ការកំណត់ត្រូវបានរក្សាទុករួចហើយ។</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source>Banks</source>
        <translation>ធនាគារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where fingerprints can be sent. Without a bank you can still save a file.</source>
        <translation>កន្លែងដែលអាចផ្ញើស្នាមម្រាមដៃឌីជីថលទៅ។ ទោះគ្មានធនាគារ អ្នកនៅតែអាចរក្សាទុកជាឯកសារបាន។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No bank is set up. You can still make fingerprints, save them to a file, and practise sending. Your organisation may give you a profile file to open here.</source>
        <translation>មិនទាន់មានធនាគារណាមួយត្រូវបានរៀបចំទេ។ អ្នកនៅតែអាចបង្កើតស្នាមម្រាមដៃឌីជីថល រក្សាទុកវាជាឯកសារ និងហាត់ផ្ញើបាន។ អង្គការរបស់អ្នកអាចផ្ដល់ឯកសារប្រវត្តិរូបធនាគារមួយ ដើម្បីបើកនៅទីនេះ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No bank</source>
        <translation>គ្មានធនាគារ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bank profiles</source>
        <translation>ប្រវត្តិរូបធនាគារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line per bank. The one marked is used for sending.</source>
        <translation>មួយបន្ទាត់សម្រាប់ធនាគារនីមួយៗ។ ធនាគារដែលមានសញ្ញាសម្គាល់ គឺជាធនាគារដែលប្រើសម្រាប់ផ្ញើ។</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+2"/>
        <source>&amp;Use for sending</source>
        <translation>ប្រើសម្រាប់ផ្ញើ (&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send fingerprints to the selected bank.</source>
        <translation>ផ្ញើស្នាមម្រាមដៃឌីជីថលទៅធនាគារដែលបានជ្រើស។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test connect&amp;ion</source>
        <translation>សាកល្បងការតភ្ជាប់ (&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the selected bank whether it answers. Nothing of yours is sent.</source>
        <translation>សួរធនាគារដែលបានជ្រើស ថាតើវាឆ្លើយតបឬទេ។ គ្មានអ្វីរបស់អ្នកត្រូវបានផ្ញើទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open a profile file…</source>
        <translation>បើកឯកសារប្រវត្តិរូប (&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the bank profiles in a file your organisation gave you.</source>
        <translation>បន្ថែមប្រវត្តិរូបធនាគារ ពីឯកសារដែលអង្គការរបស់អ្នកបានផ្ដល់ឲ្យ។</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+1"/>
        <location line="+6"/>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The language of the app.</source>
        <translation>ភាសារបស់កម្មវិធី។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the language of the app. It changes at once.</source>
        <translation>ជ្រើសរើសភាសារបស់កម្មវិធី។ វាផ្លាស់ប្ដូរភ្លាមៗ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as this computer</source>
        <translation>ដូចកុំព្យូទ័រនេះ</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Options</source>
        <translation>ជម្រើស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra fingerprints and caseworker mode.</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលបន្ថែម និងរបៀបអ្នកគ្រប់គ្រងករណី។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also fingerprint turned and mirrored copies of &amp;photos</source>
        <translation>បង្កើតស្នាមម្រាមដៃឌីជីថលនៃរូបថតដែលបានបង្វិល និងត្រឡប់ផងដែរ (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turned and mirrored copies</source>
        <translation>ច្បាប់ចម្លងដែលបានបង្វិល និងត្រឡប់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also makes fingerprints of each photo turned and mirrored, so copies that were turned or flipped can be matched. Takes longer.</source>
        <translation>បង្កើតស្នាមម្រាមដៃឌីជីថលនៃរូបថតនីមួយៗ ដែលបានបង្វិល និងត្រឡប់ផងដែរ ដើម្បីឲ្យអាចផ្គូផ្គងច្បាប់ចម្លងដែលត្រូវបានបង្វិល ឬត្រឡប់បាន។ ចំណាយពេលយូរជាង។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Caseworker mode</source>
        <translation>របៀបអ្នកគ្រប់គ្រងករណី (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caseworker mode</source>
        <translation>របៀបអ្នកគ្រប់គ្រងករណី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For organisations helping one person after another: a Next client button forgets everything about a person, and pictures stay blurred.</source>
        <translation>សម្រាប់អង្គការដែលជួយមនុស្សម្នាក់បន្ទាប់ពីម្នាក់៖ ប៊ូតុង «អតិថិជនបន្ទាប់» បំភ្លេចអ្វីៗទាំងអស់អំពីមនុស្សម្នាក់ ហើយរូបភាពនៅតែព្រិល។</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The saved settings could not be read, so the defaults are used: %1</source>
        <translation>មិនអាចអានការកំណត់ដែលបានរក្សាទុកបានទេ ដូច្នេះកំពុងប្រើការកំណត់លំនាំដើម៖ %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not saved: %1</source>
        <translation>មិនបានរក្សាទុកទេ៖ %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved the bank profile %1.</source>
        <translation>បានរក្សាទុកប្រវត្តិរូបធនាគារ %1។</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Removed the bank profile %1.</source>
        <translation>បានលុបប្រវត្តិរូបធនាគារ %1។</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fingerprints will be sent to %1.</source>
        <translation>ស្នាមម្រាមដៃឌីជីថលនឹងត្រូវផ្ញើទៅ %1។</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>Open a bank profile file</source>
        <translation>បើកឯកសារប្រវត្តិរូបធនាគារ</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Bank profiles (*.json);;All files (*)</source>
        <translation>ប្រវត្តិរូបធនាគារ (*.json);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the profile file your organisation gave you.</source>
        <translation>ជ្រើសឯកសារប្រវត្តិរូបដែលអង្គការរបស់អ្នកបានផ្ដល់ឲ្យ។</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This profile file was not used: %1</source>
        <translation>ឯកសារប្រវត្តិរូបនេះមិនត្រូវបានប្រើទេ៖ %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Added %n bank profile(s): %1.</source>
        <translation>
            <numerusform>បានបន្ថែមប្រវត្តិរូបធនាគារចំនួន %n៖ %1។</numerusform>
            <numerusform>បានបន្ថែមប្រវត្តិរូបធនាគារចំនួន %n៖ %1។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asking the bank…</source>
        <translation>កំពុងសួរធនាគារ…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The test failed: %1</source>
        <translation>ការសាកល្បងមិនបានសម្រេច៖ %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved.</source>
        <translation>បានរក្សាទុក។</translation>
    </message>
</context>
<context>
    <name>SettingsProfiles</name>
    <message>
        <location filename="../../stopncii_desktop/gui/settings_profiles.py" line="-157"/>
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
        <location filename="../../stopncii_desktop/gui/settings_store.py" line="+70"/>
        <source>The settings could not be saved (%1).</source>
        <extracomment>A profile file larger than this is not a profile file.</extracomment>
        <translation>មិនអាចរក្សាទុកការកំណត់បានទេ (%1)។</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The file could not be opened (%1).</source>
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
    <name>Texts</name>
    <message numerus="yes">
        <location filename="../../stopncii_desktop/gui/texts.py" line="+61"/>
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
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../stopncii_desktop/gui/pages/welcome.py" line="+22"/>
        <source>Protect your pictures from being shared</source>
        <translation>ការពាររូបភាពរបស់អ្នក កុំឲ្យគេចែករំលែក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first page: what this app does and does not do.</source>
        <translation>ទំព័រដំបូង៖ អ្វីដែលកម្មវិធីនេះធ្វើ និងមិនធ្វើ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This app makes a fingerprint (a hash) of each photo or video you choose. It does this here, on this computer. Your pictures never leave it: only the fingerprints are sent, and only when you say so.</source>
        <translation>កម្មវិធីនេះបង្កើតស្នាមម្រាមដៃឌីជីថល (hash) នៃរូបថត ឬវីដេអូនីមួយៗដែលអ្នកជ្រើស។ វាធ្វើការនេះនៅទីនេះ នៅលើកុំព្យូទ័រនេះ។ រូបភាពរបស់អ្នកមិនដែលចេញពីកុំព្យូទ័រនេះទេ៖ មានតែស្នាមម្រាមដៃឌីជីថលប៉ុណ្ណោះដែលត្រូវបានផ្ញើ ហើយតែនៅពេលអ្នកយល់ព្រមប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the app does</source>
        <translation>អ្វីដែលកម្មវិធីធ្វើ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Platforms that use the hash bank can then block uploads that match your fingerprints. Platforms that do not use it cannot. The app cannot remove pictures that are already posted.</source>
        <translation>បន្ទាប់មក វេទិកាដែលប្រើធនាគារស្នាមម្រាមដៃឌីជីថល អាចរារាំងការបង្ហោះដែលត្រូវនឹងស្នាមម្រាមដៃឌីជីថលរបស់អ្នក។ វេទិកាដែលមិនប្រើវា មិនអាចធ្វើបានទេ។ កម្មវិធីនេះមិនអាចលុបរូបភាពដែលត្រូវបានបង្ហោះរួចហើយបានទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the app cannot do</source>
        <translation>អ្វីដែលកម្មវិធីមិនអាចធ្វើបាន</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is for adults, for pictures of themselves.</source>
        <translation>កម្មវិធីនេះសម្រាប់មនុស្សពេញវ័យ សម្រាប់រូបភាពរបស់ខ្លួនឯង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who the app is for</source>
        <translation>កម្មវិធីនេះសម្រាប់នរណា</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Were you under 18 in the pictures? Then please use Take It Down from NCMEC instead: %1. It is free and made for this. You can also talk to a helpline in your country, or to an adult you trust.</source>
        <translation>តើអ្នកមានអាយុក្រោម ១៨ ឆ្នាំ នៅក្នុងរូបភាពទាំងនោះឬ? បើដូច្នេះ សូមប្រើ Take It Down របស់ NCMEC ជំនួសវិញ៖ %1 ។ វាឥតគិតថ្លៃ ហើយត្រូវបានបង្កើតឡើងសម្រាប់រឿងនេះ។ អ្នកក៏អាចនិយាយជាមួយខ្សែទូរស័ព្ទជំនួយនៅក្នុងប្រទេសរបស់អ្នក ឬជាមួយមនុស្សពេញវ័យដែលអ្នកទុកចិត្តបានដែរ។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If you were under 18</source>
        <translation>ប្រសិនបើអ្នកមានអាយុក្រោម ១៨ ឆ្នាំ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures taken when you were under 18: use NCMEC&apos;s Take It Down at takeitdown.ncmec.org, or a helpline.</source>
        <translation>រូបភាពដែលថតនៅពេលអ្នកមានអាយុក្រោម ១៨ ឆ្នាំ៖ សូមប្រើ Take It Down របស់ NCMEC នៅ takeitdown.ncmec.org ឬខ្សែទូរស័ព្ទជំនួយ។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Start: choose photos and videos</source>
        <translation>ចាប់ផ្ដើម៖ ជ្រើសរើសរូបថត និងវីដេអូ (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next step, where you choose the pictures to protect.</source>
        <translation>ទៅជំហានបន្ទាប់ ដែលអ្នកជ្រើសរើសរូបភាពដែលត្រូវការពារ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check or &amp;withdraw a case</source>
        <translation>ពិនិត្យ ឬដកករណីវិញ (&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a case token or open a saved receipt to see or withdraw a case.</source>
        <translation>បញ្ចូលលេខកូដករណី ឬបើកបង្កាន់ដៃដែលបានរក្សាទុក ដើម្បីមើល ឬដកករណីវិញ។</translation>
    </message>
    <message>
        <location line="+3"/>
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
