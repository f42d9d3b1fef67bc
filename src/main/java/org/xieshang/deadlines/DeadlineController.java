package org.xieshang.deadlines;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The clocks with their citations, and a calculator: what is due if the event happens on a given day. */
@Controller
class DeadlineController {

    private final DeadlineService deadlines;

    DeadlineController(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    @GetMapping("/deadlines")
    String clocks(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  Model model) {
        LocalDate start = from == null ? deadlines.today() : from;
        List<Deadline> computed = deadlines.clocks().keySet().stream().map(id -> deadlines.compute(id, start)).toList();
        model.addAttribute("from", start);
        model.addAttribute("deadlines", computed);
        model.addAttribute("province", Provinces.name(deadlines.defaultProvince()));
        return "deadlines";
    }
}
