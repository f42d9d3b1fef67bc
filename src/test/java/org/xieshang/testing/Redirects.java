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

    /** The page a post redirected to, requested as the browser would next, with what the post flashed. */
    public static ResultActions follow(MockMvc mvc, MvcResult post, RequestPostProcessor user, Cookie... cookies) throws Exception {
        String target = post.getResponse().getRedirectedUrl();
        if (target == null) {
            throw new AssertionError("not a redirect: " + post.getResponse().getStatus());
        }
        MockHttpServletRequestBuilder request = get(target).flashAttrs(post.getFlashMap()).with(user);
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        return mvc.perform(request);
    }
}
