package io.touchstone.textmining;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Which scored texts are held out of the learning: a stable share chosen by a hash of the
 * text's key (its feed and id, or the text itself where it has no id), so the same text is held
 * out every night and a rerun measures the same texts.
 */
public final class HeldOut {

    private final double share;

    public HeldOut(double share) {
        this.share = share;
    }

    public boolean contains(String key) {
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 10_000 < Math.round(share * 10_000);
    }
}
