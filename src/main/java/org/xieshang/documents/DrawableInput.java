package org.xieshang.documents;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.fontbox.ttf.CmapLookup;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.FormPages;

/**
 * Text typed into any form may end up in a formal document, and a character the document font has no glyph for
 * (an emoji, a rare ideograph outside the font) would print as "#". Such input is refused where it is typed: the
 * form comes back naming the characters, before anything is saved.
 */
@Component
class DrawableInput implements HandlerInterceptor, WebMvcConfigurer {

    private final ChineseFont font;

    DrawableInput(ChineseFont font) {
        this.font = font;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        if (!"POST".equals(request.getMethod()) || font.cmap().isEmpty()) {
            return true;
        }
        CmapLookup cmap = font.cmap().orElseThrow();
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            Set<String> missing = undrawable(p.getValue(), cmap);
            if (!missing.isEmpty()) {
                refuse(request, response, p.getKey(), String.join(" ", missing));
                return false;
            }
        }
        return true;
    }

    /** Up to five distinct characters of the values that the font cannot draw. */
    private static Set<String> undrawable(String[] values, CmapLookup cmap) {
        Set<String> missing = new LinkedHashSet<>();
        for (String value : values) {
            value.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp))
                    .filter(cp -> cmap == null || cmap.getGlyphId(cp) == 0)
                    .limit(5).forEach(cp -> missing.add(new String(Character.toChars(cp))));
        }
        return missing;
    }


    private static void refuse(HttpServletRequest request, HttpServletResponse response, String field, String characters)
            throws IOException {
        String page = FormPages.referringPage(request).orElse("/");
        FormPages.flashRefusal(request, List.of(new BusinessRuleException.Violation(field, "input.glyph", characters)));
        RequestContextUtils.saveOutputFlashMap(page, request, response);
        response.sendRedirect(request.getContextPath() + page);
    }
}
