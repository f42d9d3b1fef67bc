package org.xieshang.testing;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.xieshang.offer.BargainingSubject;
import org.xieshang.offer.ContractType;
import org.xieshang.offer.OfferForm;

/** The offer a union typically sends in the tests: a wage agreement asking 6.5 % and a lowest wage of 2,300 yuan. */
public final class BargainingOffers {

    private BargainingOffers() {
    }

    public static OfferForm wageOffer() {
        OfferForm form = new OfferForm();
        form.setContractType(ContractType.WAGES);
        form.setSubjects(List.of(BargainingSubject.REMUNERATION, BargainingSubject.WORKING_HOURS));
        form.setWageIncreasePercent(new BigDecimal("6.5"));
        form.setLowestWage(new BigDecimal("2300"));
        form.setProposedAt(LocalDateTime.now().plusDays(30).withHour(9).withMinute(0).withSecond(0).withNano(0));
        form.setProposedPlace("公司三楼会议室");
        form.setContactName("吴丽萍");
        form.setContactPhone("0951-5012345");
        return form;
    }
}
