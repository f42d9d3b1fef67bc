package org.xieshang.documents;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders a document template (XHTML with Thymeleaf attributes) from the project's templates/ folder, which
 * Maven packages as document-templates/. A configured folder of the same file names wins, so a district can
 * reword a letter without a build.
 */
@Component
class DocumentTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    DocumentTemplates(@Value("${xieshang.documents.template-dir:}") String overrideDir) {
        engine.setEnableSpringELCompiler(true);
        if (!overrideDir.isBlank()) {
            FileTemplateResolver files = new FileTemplateResolver();
            files.setPrefix(overrideDir.endsWith("/") ? overrideDir : overrideDir + "/");
            files.setSuffix(".html");
            files.setTemplateMode(TemplateMode.HTML);
            files.setCharacterEncoding(StandardCharsets.UTF_8.name());
            files.setCheckExistence(true);
            files.setCacheable(false);
            files.setOrder(1);
            engine.addTemplateResolver(files);
        }
        ClassLoaderTemplateResolver packaged = new ClassLoaderTemplateResolver();
        packaged.setPrefix("document-templates/");
        packaged.setSuffix(".html");
        packaged.setTemplateMode(TemplateMode.HTML);
        packaged.setCharacterEncoding(StandardCharsets.UTF_8.name());
        packaged.setCheckExistence(true);
        packaged.setOrder(2);
        engine.addTemplateResolver(packaged);
    }

    String render(String template, Map<String, Object> model) {
        Context context = new Context();
        context.setVariables(model);
        return engine.process(template, context);
    }
}
