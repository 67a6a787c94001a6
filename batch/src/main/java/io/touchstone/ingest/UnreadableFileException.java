package io.touchstone.ingest;

import java.io.IOException;

/** A delivered file that cannot be read at all; its message is the quarantine reason. */
final class UnreadableFileException extends IOException {

    UnreadableFileException(String reason) {
        super(reason);
    }
}
