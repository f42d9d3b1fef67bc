package org.xieshang.documents;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.XieshangTest;

/** A deployment whose configured font is missing still runs and tells users and operators what to install. */
@XieshangTest
@TestPropertySource(properties = "xieshang.documents.font=/nonexistent/simsun.ttc")
class MissingFontTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoUsers demo;

    @Test
    void the_documents_page_says_what_to_install() throws Exception {
        mvc.perform(get("/documents").with(demo.as("zgh.liu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("无法生成文书")))
                .andExpect(content().string(containsString("apt-get install fonts-arphic-uming")));
    }

    @Test
    void generating_a_document_fails_with_that_message_instead_of_empty_boxes() throws Exception {
        mvc.perform(post("/enterprises/{id}/profile", demo.user("xjs.hr").enterpriseId()).with(csrf()).with(demo.as("zgh.liu")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("fonts-arphic-uming")));
    }
}
