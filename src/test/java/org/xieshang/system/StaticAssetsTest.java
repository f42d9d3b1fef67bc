package org.xieshang.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.testing.XieshangTest;

/** A page's stylesheets and scripts are fetched once per release, not once per page, on the slowest link too. */
@XieshangTest
class StaticAssetsTest {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:webjars|assets)/[^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Test
    void every_asset_is_linked_by_its_content_hash_and_cached_for_a_year() throws Exception {
        String page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher m = ASSET.matcher(page);
        List<String> assets = m.results().map(r -> r.group(1)).toList();
        long linked = Pattern.compile("@\\{/(?:webjars|assets)/").matcher(
                java.nio.file.Files.readString(java.nio.file.Path.of("src/main/resources/views/layout.html"))).results().count();
        assertThat(assets).as("every asset the layout links").hasSize((int) linked)
                .allMatch(a -> a.matches(".*-[0-9a-f]{32}\\.(css|js|svg)"), "named by content hash");
        for (String asset : assets) {
            mvc.perform(get(asset)).andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", Matchers.containsString("max-age=31536000")));
        }
    }
}
