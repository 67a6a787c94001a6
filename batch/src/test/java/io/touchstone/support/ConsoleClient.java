package io.touchstone.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Talks to the console over real HTTP, as a script (HTTP Basic) or as a person in a browser
 * (form login, a cookie jar, the CSRF token of the last page read). Redirects are not followed,
 * so a test sees them. Paths are sent exactly as written, encoded or not.
 */
public final class ConsoleClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String csrf;

    private ConsoleClient(String base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    /** A client with no credentials and no cookies. */
    public static ConsoleClient anonymous(int port) {
        return new ConsoleClient("http://127.0.0.1:" + port, HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /** A browser-like client: keeps cookies, and logs in with the login form when asked. */
    public static ConsoleClient browser(int port) {
        return new ConsoleClient("http://127.0.0.1:" + port, HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager()).build());
    }

    /** An answer: status, headers and body. */
    public record Answer(int status, HttpResponse<byte[]> response) {

        public String body() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        public byte[] bytes() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public java.util.List<String> headers(String name) {
            return response.headers().allValues(name);
        }
    }

    /** Logs in with the form; returns the answer to the login POST (a redirect when it worked). */
    public Answer logIn(String user, String password) {
        get("/login");
        return form("/login", Map.of("username", user, "password", password));
    }

    public Answer get(String path) {
        Answer answer = send(HttpRequest.newBuilder(uri(path)).GET());
        Matcher token = CSRF.matcher(answer.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return answer;
    }

    /** A form post with the CSRF token of the last page read. */
    public Answer form(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        return formWithout(path, all);
    }

    /** A form post exactly as given: no CSRF token unless the fields hold one. */
    public Answer formWithout(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                // As a browser sends it: Spring Security answers a script's logout with 204 instead of a redirect.
                .header("Accept", "text/html,application/xhtml+xml")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer getAs(String user, String password, String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user, password)).GET());
    }

    public Answer postAs(String user, String password, String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", basic(user, password))
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A JSON post with the browser's cookies and no credentials. */
    public Answer postJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
