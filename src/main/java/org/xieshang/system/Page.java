package org.xieshang.system;

import java.util.List;

import org.springframework.ui.Model;

/** One page of a list the portal searched in memory; a page number out of range shows the nearest page. */
public record Page<T>(List<T> items, int page, int pages, int total) {

    public static <T> Page<T> of(List<T> found, int requested, int size) {
        int pages = Math.max(1, (found.size() + size - 1) / size);
        int page = Math.min(Math.max(requested, 0), pages - 1);
        return new Page<>(found.subList(page * size, Math.min(found.size(), (page + 1) * size)), page, pages, found.size());
    }

    /** The items under {@code name}, with page, pages and total as the pager fragment reads them. */
    public Page<T> addTo(Model model, String name) {
        model.addAttribute(name, items);
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("total", total);
        return this;
    }
}
