package io.touchstone.publish;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.touchstone.reports.model.ReportSlice;
import io.touchstone.system.TouchstoneProperties;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The burst distribution file a CX lead edits, YAML or CSV (one row per recipient under a
 * {@code name,email,region,touchpoint,workbook} header, as a spreadsheet saves it): who receives
 * which slice of the dashboard, or the company dashboard (neither region nor touchpoint), and who
 * also gets the finance workbook. Read afresh for every run, so an edit takes effect on the next
 * run without a restart; a mistake is reported with the file, the recipient and what to write
 * instead, before any work is done.
 *
 * <pre>
 * recipients:
 *   - name: Priya Shah
 *     email: priya.shah@example.com
 *     region: North West
 *   - name: Tom Evans
 *     touchpoint: delivery
 *   - name: Fiona Grant
 *     email: fiona.grant@example.com
 *     workbook: true
 * </pre>
 */
@Component
public final class DistributionList {

    static final List<String> DEFAULT_FILES = List.of("distribution.yml", "distribution.yaml", "distribution.csv");
    private static final Set<String> KEYS = Set.of("name", "email", "region", "touchpoint", "workbook");

    /**
     * One person and the copy they receive.
     *
     * @param email {@code null} when the recipient takes the copy from the folder, not by e-mail
     * @param slice the region or touchpoint their burst copy is cut for; {@code null}: the company
     *     dashboard
     * @param workbook whether they also receive the finance workbook
     */
    public record Recipient(String name, String email, ReportSlice slice, boolean workbook) {
    }

    private final TouchstoneProperties properties;

    public DistributionList(TouchstoneProperties properties) {
        this.properties = properties;
    }

    /**
     * The configured file, else the home's {@code distribution.yml} (or {@code .yaml}, or
     * {@code .csv}); {@code null} when none is set up.
     */
    Path file() {
        Path configured = properties.reporting().distribution();
        if (configured != null) {
            return configured;
        }
        return DEFAULT_FILES.stream().map(name -> properties.touchstoneHome().root().resolve(name))
                .filter(Files::exists).findFirst().orElse(null);
    }

    /**
     * The recipients of a burst copy, in file order; none when there is no distribution file.
     * Everyone else in the file receives the company dashboard, which is published anyway.
     */
    public List<Recipient> load() {
        return everyone().stream().filter(recipient -> recipient.slice() != null).toList();
    }

    /** Every recipient in file order, of a burst copy or of the company dashboard. */
    public List<Recipient> everyone() {
        Path file = file();
        if (file == null) {
            return List.of();
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("The distribution file " + file + " does not exist; create it or"
                    + " unset touchstone.reporting.distribution.");
        }
        List<?> entries = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                ? csvEntries(file) : yamlEntries(file);
        List<Recipient> recipients = new ArrayList<>();
        Map<String, ReportSlice> suffixes = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Recipient recipient = recipient(file, i + 1, entries.get(i));
            if (recipient.slice() == null) {
                recipients.add(recipient);
                continue;
            }
            ReportSlice earlier = suffixes.putIfAbsent(recipient.slice().fileSuffix(), recipient.slice());
            if (earlier != null && !earlier.equals(recipient.slice())) {
                throw new IllegalArgumentException("The distribution file " + file + ", recipient " + (i + 1) + ": the "
                        + recipient.slice().dimension() + " '" + recipient.slice().value() + "' and the "
                        + earlier.dimension() + " '" + earlier.value() + "' would share the file name suffix '"
                        + recipient.slice().fileSuffix() + "'; check the spelling against the feeds.");
            }
            recipients.add(recipient);
        }
        return recipients;
    }

    private static List<?> yamlEntries(Path file) {
        Object document;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException | YAMLException e) {
            throw new IllegalArgumentException("Cannot read the distribution file " + file + ": "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (document == null) {
            return List.of();
        }
        if (!(document instanceof Map<?, ?> root) || !(root.get("recipients") instanceof List<?> entries)) {
            throw new IllegalArgumentException("The distribution file " + file + " must hold a list under"
                    + " 'recipients:', each with a name and a region or a touchpoint.");
        }
        return entries;
    }

    /** Each row as its header's fields; a spreadsheet's byte-order mark and padding are ignored. */
    private static List<Map<String, String>> csvEntries(Path file) {
        List<Map<String, String>> entries = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().allowMissingFields(true)
                .ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord record : csv) {
                Map<String, String> fields = new LinkedHashMap<>();
                record.getFieldsAsMap().forEach((column, value) -> {
                    if (!value.isBlank()) {
                        fields.put(column.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), value);
                    }
                });
                if (!fields.isEmpty()) {
                    entries.add(fields);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Cannot read the distribution file " + file + ": " + e.getMessage(), e);
        }
        return entries;
    }

    private static Recipient recipient(Path file, int number, Object entry) {
        String where = "The distribution file " + file + ", recipient " + number;
        if (!(entry instanceof Map<?, ?> fields)) {
            throw new IllegalArgumentException(where + ": write name, email and a region or a touchpoint (or neither,"
                    + " for the company dashboard), one per line.");
        }
        for (Object key : fields.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new IllegalArgumentException(where + ": unknown setting or column '" + key + "'; use name,"
                        + " email, region, touchpoint or workbook.");
            }
        }
        String name = text(fields.get("name"));
        String email = text(fields.get("email"));
        String region = text(fields.get("region"));
        String touchpoint = text(fields.get("touchpoint"));
        String who = where + (name == null ? "" : " (" + name + ")");
        if (name == null) {
            throw new IllegalArgumentException(where + ": give the recipient a name.");
        }
        if (region != null && touchpoint != null) {
            throw new IllegalArgumentException(who + ": give a region or a touchpoint (one of them) to cut the copy for,"
                    + " or neither for the company dashboard.");
        }
        if ("ALL".equalsIgnoreCase(region != null ? region : touchpoint)) {
            throw new IllegalArgumentException(who + ": ALL is the whole company; leave region and touchpoint out to"
                    + " send the company dashboard (cx-dashboard_<period>.pdf) instead of a burst copy.");
        }
        boolean workbook = flag(who, fields.get("workbook"));
        if (region == null && touchpoint == null) {
            return new Recipient(name, email, null, workbook);
        }
        return new Recipient(name, email, region != null
                ? new ReportSlice(ReportSlice.REGION, region)
                : new ReportSlice(ReportSlice.TOUCHPOINT, touchpoint), workbook);
    }

    /** A yes-or-no column: YAML's booleans, or the words a spreadsheet cell holds; blank is no. */
    private static boolean flag(String who, Object value) {
        String text = text(value);
        if (text == null) {
            return false;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new IllegalArgumentException(who + ": workbook must be true or false, got '" + text + "'.");
        };
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value).strip();
        return text.isEmpty() ? null : text;
    }
}
