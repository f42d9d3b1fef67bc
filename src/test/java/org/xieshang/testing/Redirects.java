package org.xieshang.testing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every post redirects (post/redirect/get): what the user reads next is the page it redirected to, with its outcome. */
public final class Redirects {

    private Redirects() {
    }

    /** The portal session's cookie (sessions, and the flash attributes in them, live in the database). */
    public static final String SESSION_COOKIE = "JSESSIONID";

    /**
     * The page a post redirected to, requested as the browser would next: in the post's session, where what it
     * flashed waits for this request.
     */
    public static ResultActions follow(MockMvc mvc, MvcResult post, RequestPostProcessor user, Cookie... cookies) throws Exception {
        String target = post.getResponse().getRedirectedUrl();
        if (target == null) {
            throw new AssertionError("not a redirect: " + post.getResponse().getStatus());
        }
        MockHttpServletRequestBuilder request = get(target).with(user);
        Cookie session = post.getResponse().getCookie(SESSION_COOKIE);
        if (session != null) {
            request.cookie(session);
        }
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        return mvc.perform(request);
    }
}
