package org.xieshang.congress;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/** The convening form: date, place, proposal window and agenda rows (blank rows are ignored). */
public class SessionForm implements java.io.Serializable {

    static final int AGENDA_ROWS = 6;

    private SessionKind kind = SessionKind.ANNUAL;
    private String title;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime startsAt;
    private String place;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate proposalsCloseOn;
    private List<Row> items = new ArrayList<>();

    public static class Row implements java.io.Serializable {
        private ItemKind kind = ItemKind.APPROVE;
        private String title;
        private String description;
        private BallotKind ballot = BallotKind.SECRET;
        private Integer seats;
        /** Names separated by 、 or commas. */
        private String candidates;

        public ItemKind getKind() { return kind; }
        public void setKind(ItemKind kind) { this.kind = kind; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public BallotKind getBallot() { return ballot; }
        public void setBallot(BallotKind ballot) { this.ballot = ballot; }
        public Integer getSeats() { return seats; }
        public void setSeats(Integer seats) { this.seats = seats; }
        public String getCandidates() { return candidates; }
        public void setCandidates(String candidates) { this.candidates = candidates; }

        Agenda.NewItem toItem() {
            List<String> names = candidates == null || candidates.isBlank() ? List.of()
                    : Arrays.stream(candidates.split("[、,，;；\\s]+")).filter(s -> !s.isBlank()).toList();
            // Per-person items are always secret; a report is not voted.
            BallotKind b = kind != null && kind.perPerson() ? BallotKind.SECRET : ballot;
            return new Agenda.NewItem(kind, title, description, b, seats, names);
        }
    }

    /** Blank rows up to the form's size, so the page always offers room for more items. */
    SessionForm padded() {
        while (items.size() < AGENDA_ROWS) {
            items.add(new Row());
        }
        return this;
    }

    Agenda.Plan toPlan() {
        return new Agenda.Plan(kind, title, startsAt, place, proposalsCloseOn,
                items.stream().filter(r -> r.title != null && !r.title.isBlank()).map(Row::toItem).toList());
    }

    public SessionKind getKind() { return kind; }
    public void setKind(SessionKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public LocalDate getProposalsCloseOn() { return proposalsCloseOn; }
    public void setProposalsCloseOn(LocalDate proposalsCloseOn) { this.proposalsCloseOn = proposalsCloseOn; }
    public List<Row> getItems() { return items; }
    public void setItems(List<Row> items) { this.items = items; }
}
