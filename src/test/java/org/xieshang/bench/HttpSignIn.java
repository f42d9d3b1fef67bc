package org.xieshang.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A benchmark's HTTP client signed in through the portal's login form, as a browser would be. */
final class HttpSignIn {

    private HttpSignIn() {
    }

    static HttpClient client(String base, String userId, String password) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<Void> signedIn = http.send(post(base + "/login", "username=" + userId + "&password=" + password + "&_csrf=" + csrf(login)),
                HttpResponse.BodyHandlers.discarding());
        if (signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException(userId + " could not sign in");
        }
        return http;
    }

    /** Signed in to Cockpit, Tasklist and Admin as Camunda's welcome page does: CSRF cookie first, its token in a header. */
    static HttpClient camundaWebapps(String base, String userId, String password) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        http.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/welcome/default/")).build(), HttpResponse.BodyHandlers.discarding());
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no XSRF-TOKEN cookie from Camunda's welcome page")).getValue();
        HttpResponse<Void> login = http.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/welcome"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + userId + "&password=" + password)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (login.statusCode() != 200) {
            throw new IllegalStateException(userId + " could not sign in to Camunda's webapps: " + login.statusCode());
        }
        return http;
    }

    /** The CSRF token of a page's forms. */
    static String csrf(String page) {
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return csrf.group(1);
    }

    /** A form posted as a browser posts it. */
    static HttpRequest post(String url, String form) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }
}
