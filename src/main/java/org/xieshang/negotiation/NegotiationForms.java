package org.xieshang.negotiation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/** The form objects of the negotiation pages (rows of a delegation, lines of the minutes). */
final class NegotiationForms {

    private NegotiationForms() {
    }

    static final int DELEGATION_ROWS = 7;

    /** A side's delegation, one row per delegate; rows without a name are ignored. */
    public static class DelegationForm implements java.io.Serializable {
        private List<Row> members = new ArrayList<>();
        /** Index of the chief's row. */
        private Integer chief;

        public static class Row implements java.io.Serializable {
            private String name;
            private String title;
            private boolean outsideExpert;
            private String authorisedBy;
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            private LocalDate authorisedOn;
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            private LocalDate labourContractEndsOn;

            public LocalDate getLabourContractEndsOn() { return labourContractEndsOn; }
            public void setLabourContractEndsOn(LocalDate labourContractEndsOn) { this.labourContractEndsOn = labourContractEndsOn; }

            public String getName() { return name; }
            public void setName(String name) { this.name = name; }
            public String getTitle() { return title; }
            public void setTitle(String title) { this.title = title; }
            public boolean isOutsideExpert() { return outsideExpert; }
            public void setOutsideExpert(boolean outsideExpert) { this.outsideExpert = outsideExpert; }
            public String getAuthorisedBy() { return authorisedBy; }
            public void setAuthorisedBy(String authorisedBy) { this.authorisedBy = authorisedBy; }
            public LocalDate getAuthorisedOn() { return authorisedOn; }
            public void setAuthorisedOn(LocalDate authorisedOn) { this.authorisedOn = authorisedOn; }
        }

        List<Delegations.NewMember> members() {
            List<Delegations.NewMember> named = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                Row r = members.get(i);
                if (r.name != null && !r.name.isBlank()) {
                    named.add(new Delegations.NewMember(r.name, r.title, chief != null && chief == i, false, r.outsideExpert,
                            r.authorisedBy, r.authorisedOn, r.labourContractEndsOn));
                }
            }
            return named;
        }

        static DelegationForm of(List<Delegations.Member> current) {
            DelegationForm form = new DelegationForm();
            for (Delegations.Member m : current) {
                Row r = new Row();
                r.name = m.name();
                r.title = m.title();
                r.outsideExpert = m.outsideExpert();
                r.authorisedBy = m.authorisedBy();
                r.authorisedOn = m.authorisedOn();
                r.labourContractEndsOn = m.labourContractEndsOn();
                if (m.chief()) {
                    form.chief = form.members.size();
                }
                form.members.add(r);
            }
            while (form.members.size() < DELEGATION_ROWS) {
                form.members.add(new Row());
            }
            return form;
        }

        public List<Row> getMembers() { return members; }
        public void setMembers(List<Row> members) { this.members = members; }
        public Integer getChief() { return chief; }
        public void setChief(Integer chief) { this.chief = chief; }
    }

    /** The recorder's minutes: one line per open item, then how the round ends. */
    public static class MinutesForm implements java.io.Serializable {
        private String attendance;
        private String unforeseen;
        private Rounds.Outcome outcome;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        private LocalDateTime nextStartsAt;
        private String nextPlace;
        private String nextItems;
        private Integer termYears;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate termStartsOn;
        private BigDecimal wageIncrease;
        private List<Line> lines = new ArrayList<>();

        public static class Line implements java.io.Serializable {
            private Long itemId;
            private String unionPosition;
            private String employerPosition;
            private BigDecimal unionIncrease;
            private BigDecimal employerIncrease;
            private Preparation.Item.Status outcome = Preparation.Item.Status.OPEN;
            private String agreedText;

            public Long getItemId() { return itemId; }
            public void setItemId(Long itemId) { this.itemId = itemId; }
            public String getUnionPosition() { return unionPosition; }
            public void setUnionPosition(String unionPosition) { this.unionPosition = unionPosition; }
            public String getEmployerPosition() { return employerPosition; }
            public void setEmployerPosition(String employerPosition) { this.employerPosition = employerPosition; }
            public BigDecimal getUnionIncrease() { return unionIncrease; }
            public void setUnionIncrease(BigDecimal unionIncrease) { this.unionIncrease = unionIncrease; }
            public BigDecimal getEmployerIncrease() { return employerIncrease; }
            public void setEmployerIncrease(BigDecimal employerIncrease) { this.employerIncrease = employerIncrease; }
            public Preparation.Item.Status getOutcome() { return outcome; }
            public void setOutcome(Preparation.Item.Status outcome) { this.outcome = outcome; }
            public String getAgreedText() { return agreedText; }
            public void setAgreedText(String agreedText) { this.agreedText = agreedText; }
        }

        Rounds.Minutes toMinutes() {
            // A line without its item (a tampered form) is left out; the minutes then miss an item and are refused.
            return new Rounds.Minutes(attendance, lines.stream().filter(l -> l.itemId != null).map(l -> new Rounds.Position(l.itemId, l.unionPosition,
                    l.employerPosition, l.unionIncrease, l.employerIncrease, l.outcome, l.agreedText)).toList(), unforeseen,
                    outcome, nextStartsAt, nextPlace, nextItems, termYears, termStartsOn, wageIncrease);
        }

        static MinutesForm of(List<Preparation.Item> open) {
            MinutesForm form = new MinutesForm();
            open.forEach(i -> {
                Line l = new Line();
                l.itemId = i.id();
                form.lines.add(l);
            });
            return form;
        }

        public String getAttendance() { return attendance; }
        public void setAttendance(String attendance) { this.attendance = attendance; }
        public String getUnforeseen() { return unforeseen; }
        public void setUnforeseen(String unforeseen) { this.unforeseen = unforeseen; }
        public Rounds.Outcome getOutcome() { return outcome; }
        public void setOutcome(Rounds.Outcome outcome) { this.outcome = outcome; }
        public LocalDateTime getNextStartsAt() { return nextStartsAt; }
        public void setNextStartsAt(LocalDateTime nextStartsAt) { this.nextStartsAt = nextStartsAt; }
        public String getNextPlace() { return nextPlace; }
        public void setNextPlace(String nextPlace) { this.nextPlace = nextPlace; }
        public String getNextItems() { return nextItems; }
        public void setNextItems(String nextItems) { this.nextItems = nextItems; }
        public BigDecimal getWageIncrease() { return wageIncrease; }
        public void setWageIncrease(BigDecimal wageIncrease) { this.wageIncrease = wageIncrease; }
        public Integer getTermYears() { return termYears; }
        public void setTermYears(Integer termYears) { this.termYears = termYears; }
        public LocalDate getTermStartsOn() { return termStartsOn; }
        public void setTermStartsOn(LocalDate termStartsOn) { this.termStartsOn = termStartsOn; }
        public List<Line> getLines() { return lines; }
        public void setLines(List<Line> lines) { this.lines = lines; }
    }
}
