package org.xieshang.system;

import java.util.List;

import org.springframework.ui.Model;

/** One page of a list; a page number out of range shows the nearest page. */
public record Page<T>(List<T> items, int page, int pages, int total) {

    public static <T> Page<T> of(List<T> found, int requested, int size) {
        int pages = Math.max(1, (found.size() + size - 1) / size);
        int page = Math.min(Math.max(requested, 0), pages - 1);
        return new Page<>(found.subList(page * size, Math.min(found.size(), (page + 1) * size)), page, pages, found.size());
    }

    /**
     * One page of a list the database searched: {@code total} found, the page's items read by {@code reader} from
     * (offset, limit); a page number out of range shows the nearest page.
     */
    public static <T> Page<T> read(int total, int requested, int size, java.util.function.BiFunction<Integer, Integer, List<T>> reader) {
        int pages = Math.max(1, (total + size - 1) / size);
        int page = Math.min(Math.max(requested, 0), pages - 1);
        return new Page<>(total == 0 ? List.of() : reader.apply(page * size, size), page, pages, total);
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
