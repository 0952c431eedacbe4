<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BanksPanel</name>
    <message numerus="yes">
        <location filename="../../gui/panels/banks.py" line="+279"/>
        <source>Added %n bank profile(s): %1.</source>
        <translation>
            <numerusform>Added %n bank profile: %1.</numerusform>
            <numerusform>Added %n bank profiles: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A file of bank settings added %n bank(s).</source>
        <translation>
            <numerusform>A file of bank settings added %n bank.</numerusform>
            <numerusform>A file of bank settings added %n banks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseChoice</name>
    <message numerus="yes">
        <location filename="../../gui/panels/case_choice.py" line="+88"/>
        <source>Cases sent from this computer: %n kept</source>
        <translation>
            <numerusform>Cases sent from this computer: %n kept</numerusform>
            <numerusform>Cases sent from this computer: %n kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Sent %1 UTC, %n fingerprint(s)</source>
        <translation>
            <numerusform>Sent %1 UTC, %n fingerprint</numerusform>
            <numerusform>Sent %1 UTC, %n fingerprints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseModel</name>
    <message numerus="yes">
        <location filename="../../gui/case_model.py" line="+171"/>
        <source>%n fingerprint(s)</source>
        <translation>
            <numerusform>%n fingerprint</numerusform>
            <numerusform>%n fingerprints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message numerus="yes">
        <location filename="../../gui/pages/choose.py" line="+290"/>
        <source>%n file(s) chosen, %1 in all.</source>
        <translation>
            <numerusform>%n file chosen, %1 in all.</numerusform>
            <numerusform>%n files chosen, %1 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) will be skipped: the reason is on each line.</source>
        <translation>
            <numerusform>%n file will be skipped: the reason is on its line.</numerusform>
            <numerusform>%n files will be skipped: the reason is on each line.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message numerus="yes">
        <location filename="../../gui/document_dialog.py" line="+92"/>
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FingerprintsPanel</name>
    <message numerus="yes">
        <location filename="../../gui/panels/fingerprints.py" line="+220"/>
        <source>Withdraw picture %1 and its %n fingerprint(s)? Platforms will no longer block uploads that match it. This cannot be undone.</source>
        <translation>
            <numerusform>Withdraw picture %1 and its %n fingerprint? Platforms will no longer block uploads that match it. This cannot be undone.</numerusform>
            <numerusform>Withdraw picture %1 and its %n fingerprints? Platforms will no longer block uploads that match it. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HashingPage</name>
    <message numerus="yes">
        <location filename="../../gui/pages/hashing.py" line="+184"/>
        <source>Stopped. %n file(s) were finished and can be reviewed.</source>
        <translation>
            <numerusform>Stopped. %n file was finished and can be reviewed.</numerusform>
            <numerusform>Stopped. %n files were finished and can be reviewed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message numerus="yes">
        <location filename="../../gui/pages/importing.py" line="+173"/>
        <source>A saved file was opened: %n picture(s) in it.</source>
        <translation>
            <numerusform>A saved file was opened: %n picture in it.</numerusform>
            <numerusform>A saved file was opened: %n pictures in it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This file holds the fingerprints of %n file(s).</source>
        <translation>
            <numerusform>This file holds the fingerprints of %n file.</numerusform>
            <numerusform>This file holds the fingerprints of %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Log</name>
    <message numerus="yes">
        <location filename="../../gui/workers.py" line="+108"/>
        <source>Looked at %n file(s), in %1.</source>
        <translation>
            <numerusform>Looked at %n file, in %1.</numerusform>
            <numerusform>Looked at %n files, in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message numerus="yes">
        <location filename="../../gui/models.py" line="+61"/>
        <source>This video gives %n fingerprint(s). Its fingerprints will be sent, never the video.</source>
        <extracomment>Extra roles of the review model.</extracomment>
        <translation>
            <numerusform>This video gives %n fingerprint. Its fingerprint will be sent, never the video.</numerusform>
            <numerusform>This video gives %n fingerprints. Its fingerprints will be sent, never the video.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>This photo gives %n fingerprint(s). Its fingerprints will be sent, never the photo.</source>
        <translation>
            <numerusform>This photo gives %n fingerprint. Its fingerprint will be sent, never the photo.</numerusform>
            <numerusform>This photo gives %n fingerprints. Its fingerprints will be sent, never the photo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message numerus="yes">
        <location filename="../../gui/panels/options.py" line="+158"/>
        <source>%n receipt(s) are still kept on this computer. Delete them too? Without a receipt, a case can only be checked or withdrawn with its case token.</source>
        <translation>
            <numerusform>%n receipt is still kept on this computer. Delete it too? Without a receipt, a case can only be checked or withdrawn with its case token.</numerusform>
            <numerusform>%n receipts are still kept on this computer. Delete them too? Without a receipt, a case can only be checked or withdrawn with its case token.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Deleted %n receipt(s).</source>
        <translation>
            <numerusform>Deleted %n receipt.</numerusform>
            <numerusform>Deleted %n receipts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n kept receipt(s) deleted.</source>
        <translation>
            <numerusform>%n kept receipt deleted.</numerusform>
            <numerusform>%n kept receipts deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message numerus="yes">
        <location filename="../../gui/panels/outbox.py" line="+59"/>
        <source>%n submission(s) could not be sent earlier and are kept waiting on this computer.</source>
        <translation>
            <numerusform>%n submission could not be sent earlier and is kept waiting on this computer.</numerusform>
            <numerusform>%n submissions could not be sent earlier and are kept waiting on this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n submission(s) were sent.</source>
        <translation>
            <numerusform>%n submission was sent.</numerusform>
            <numerusform>%n submissions were sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n could not be sent and are still kept waiting: %1.</source>
        <translation>
            <numerusform>%n could not be sent and is still kept waiting: %1.</numerusform>
            <numerusform>%n could not be sent and are still kept waiting: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message numerus="yes">
        <location filename="../../gui/pages/receipt.py" line="+160"/>
        <source>The bank stored %n fingerprint(s) for this case,</source>
        <translation>
            <numerusform>The bank stored %n fingerprint for this case,</numerusform>
            <numerusform>The bank stored %n fingerprints for this case,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>from %n picture(s) or video(s).</source>
        <translation>
            <numerusform>from %n picture or video.</numerusform>
            <numerusform>from %n pictures or videos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <location filename="../../gui/pages/review.py" line="+211"/>
        <source>%n file(s) will be protected.</source>
        <translation>
            <numerusform>%n file will be protected.</numerusform>
            <numerusform>%n files will be protected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>%n file could not be read.</numerusform>
            <numerusform>%n files could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message numerus="yes">
        <location filename="../../gui/pages/send.py" line="+70"/>
        <source>%n picture(s) or video(s) have fingerprints ready.</source>
        <translation>
            <numerusform>%n picture or video has fingerprints ready.</numerusform>
            <numerusform>%n pictures or videos have fingerprints ready.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message numerus="yes">
        <location filename="../../gui/panels/sending.py" line="+174"/>
        <source>This bank takes at most %n picture fingerprint(s) per photo: each photo&apos;s own and the most useful others are sent.</source>
        <translation>
            <numerusform>This bank takes at most %n picture fingerprint per photo: each photo&apos;s own is sent.</numerusform>
            <numerusform>This bank takes at most %n picture fingerprints per photo: each photo&apos;s own and the most useful others are sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>You are about to send the fingerprints of %n file(s) and a new case token</source>
        <translation>
            <numerusform>You are about to send the fingerprints of %n file and a new case token</numerusform>
            <numerusform>You are about to send the fingerprints of %n files and a new case token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n of them will not be sent to this bank (it does not take that kind, or takes fewer per picture); the exact text shows what goes.</source>
        <translation>
            <numerusform>%n of them will not be sent to this bank (it does not take that kind, or takes fewer per picture); the exact text shows what goes.</numerusform>
            <numerusform>%n of them will not be sent to this bank (it does not take that kind, or takes fewer per picture); the exact text shows what goes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+118"/>
        <source>Fingerprints sent: the bank stored %n fingerprint(s).</source>
        <translation>
            <numerusform>Fingerprints sent: the bank stored %n fingerprint.</numerusform>
            <numerusform>Fingerprints sent: the bank stored %n fingerprints.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message numerus="yes">
        <location filename="../../gui/pages/status.py" line="+183"/>
        <source>The bank was asked about the case: %n fingerprint(s).</source>
        <translation>
            <numerusform>The bank was asked about the case: %n fingerprint.</numerusform>
            <numerusform>The bank was asked about the case: %n fingerprints.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n picture(s) or video(s) of this case are in the bank,</source>
        <translation>
            <numerusform>%n picture or video of this case is in the bank,</numerusform>
            <numerusform>%n pictures or videos of this case are in the bank,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>with %n fingerprint(s) in all.</source>
        <translation>
            <numerusform>with %n fingerprint in all.</numerusform>
            <numerusform>with %n fingerprints in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n were withdrawn.</source>
        <translation>
            <numerusform>%n was withdrawn.</numerusform>
            <numerusform>%n were withdrawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Withdrawn: the whole case, %n fingerprint(s).</source>
        <translation>
            <numerusform>Withdrawn: the whole case, %n fingerprint.</numerusform>
            <numerusform>Withdrawn: the whole case, %n fingerprints.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Withdrawn: picture %1, %n fingerprint(s).</source>
        <translation>
            <numerusform>Withdrawn: picture %1, %n fingerprint.</numerusform>
            <numerusform>Withdrawn: picture %1, %n fingerprints.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message numerus="yes">
        <location filename="../../gui/texts.py" line="+110"/>
        <source>about %n second(s)</source>
        <translation>
            <numerusform>about %n second</numerusform>
            <numerusform>about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n picture fingerprint(s) of low quality (the picture is very dark, plain or blurry there), which would not match reliably.</source>
        <translation>
            <numerusform>%n picture fingerprint of low quality (the picture is very dark, plain or blurry there), which would not match reliably.</numerusform>
            <numerusform>%n picture fingerprints of low quality (the picture is very dark, plain or blurry there), which would not match reliably.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n video fingerprint(s) with no clear frame, which would not match reliably.</source>
        <translation>
            <numerusform>%n video fingerprint with no clear frame, which would not match reliably.</numerusform>
            <numerusform>%n video fingerprints with no clear frame, which would not match reliably.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n fingerprint(s) for edited copies: this bank takes at most %1 per picture, so the most useful ones were sent.</source>
        <translation>
            <numerusform>%n fingerprint for edited copies: this bank takes at most %1 per picture, so the most useful ones were sent.</numerusform>
            <numerusform>%n fingerprints for edited copies: this bank takes at most %1 per picture, so the most useful ones were sent.</numerusform>
        </translation>
    </message>
</context>
</TS>
