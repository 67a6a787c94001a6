package io.touchstone.demo;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes RFC 4180 CSV rows, UTF-8 with LF line ends, plain or gzip-compressed, one row at a time. */
final class DemoCsvWriter implements Closeable {

    private final BufferedWriter out;
    private long rows;

    private DemoCsvWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    static DemoCsvWriter create(Path file) throws IOException {
        OutputStream stream = Files.newOutputStream(file);
        return new DemoCsvWriter(file.getFileName().toString().endsWith(".gz")
                ? new GZIPOutputStream(stream, 1 << 16) : stream);
    }

    void header(String... names) throws IOException {
        write(names);
        rows = 0;
    }

    void row(String... fields) throws IOException {
        write(fields);
        rows++;
    }

    long rows() {
        return rows;
    }

    private void write(String[] fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            String field = fields[i] == null ? "" : fields[i];
            if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0) {
                out.write('"');
                out.write(field.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(field);
            }
        }
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
