package org.xieshang.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/** The union's offer to bargain as typed in the portal. */
public class OfferForm implements java.io.Serializable {

    private ContractType contractType = ContractType.COMPREHENSIVE;
    private List<BargainingSubject> subjects = new ArrayList<>();
    private BigDecimal wageIncreasePercent;
    private BigDecimal lowestWage;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime proposedAt;
    private String proposedPlace;
    private String contactName;
    private String contactPhone;
    /** Set when the letter was handed over on paper: the date on the employer's signed receipt (送达回执). */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deliveredOn;

    public ContractType getContractType() { return contractType; }
    public void setContractType(ContractType contractType) { this.contractType = contractType; }
    public List<BargainingSubject> getSubjects() { return subjects; }
    public void setSubjects(List<BargainingSubject> subjects) { this.subjects = subjects == null ? new ArrayList<>() : subjects; }
    public BigDecimal getWageIncreasePercent() { return wageIncreasePercent; }
    public void setWageIncreasePercent(BigDecimal wageIncreasePercent) { this.wageIncreasePercent = wageIncreasePercent; }
    public BigDecimal getLowestWage() { return lowestWage; }
    public void setLowestWage(BigDecimal lowestWage) { this.lowestWage = lowestWage; }
    public LocalDateTime getProposedAt() { return proposedAt; }
    public void setProposedAt(LocalDateTime proposedAt) { this.proposedAt = proposedAt; }
    public String getProposedPlace() { return proposedPlace; }
    public void setProposedPlace(String proposedPlace) { this.proposedPlace = proposedPlace; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public LocalDate getDeliveredOn() { return deliveredOn; }
    public void setDeliveredOn(LocalDate deliveredOn) { this.deliveredOn = deliveredOn; }
}
