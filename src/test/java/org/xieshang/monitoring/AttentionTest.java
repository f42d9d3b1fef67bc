package org.xieshang.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.offer.OfferForm;
import org.xieshang.testing.BargainingOffers;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.FreshDistrict;
import org.xieshang.testing.ServedOffers;
import org.xieshang.testing.XieshangTest;

/**
 * The official's 需关注 list names the offer left unanswered past its day, in her district and in no other's, and the
 * unionised firm without a valid congress.
 */
@XieshangTest
class AttentionTest {

    @Autowired
    FreshDistrict districts;
    @Autowired
    Attention attention;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    ServedOffers served;
    @Autowired
    MockMvc mvc;

    @Test
    void an_offer_handed_over_40_days_ago_and_never_answered_is_on_the_district_officials_list_and_nobody_else_s_and_so_is_a_firm_without_a_congress() throws Exception {
        FreshDistrict.District d = districts.create("640000", "640990");
        FreshDistrict.District other = districts.create("640000", "640990");
        OfferForm paper = BargainingOffers.wageOffer();
        paper.setDeliveredOn(deadlines.today().minusDays(40));
        BargainingCase c = served.serve(d, paper);

        assertThat(attention.of(d.bureau())).extracting(Attention.Item::kind)
                .containsExactly(Attention.Kind.UNANSWERED_OFFERS, Attention.Kind.CONGRESS_MISSING);
        assertThat(attention.of(d.bureau()).get(0)).satisfies(item -> {
            assertThat(item.count()).isEqualTo(1);
            assertThat(item.first()).singleElement().satisfies(m -> {
                assertThat(m.caseNo()).isEqualTo(c.caseNo());
                assertThat(m.daysPast()).isPositive();
                assertThat(m.detailKey()).isEqualTo("attention.detail.noLetterYet");
            });
        });
        assertThat(attention.of(other.bureau())).extracting(Attention.Item::kind).containsExactly(Attention.Kind.CONGRESS_MISSING);
        assertThat(attention.of(other.bureau()).get(0).first()).singleElement().satisfies(m -> {
            assertThat(m.party()).isEqualTo(other.enterpriseName());
            assertThat(m.detailKey()).isEqualTo("attention.detail.neverHeld");
        });
        assertThat(attention.of(d.unionChair())).isEmpty();
        mvc.perform(get("/").with(DemoUsers.as(d.upperUnion())))
                .andExpect(content().string(allOf(containsString("逾期未书面回应的要约"), containsString(c.caseNo()),
                        containsString("尚未发出提示函"))));
        mvc.perform(get("/").with(DemoUsers.as(other.upperUnion())))
                .andExpect(content().string(allOf(containsString("近12个月未召开有效职代会的已建会企业"), not(containsString(c.caseNo())))));
    }
}
