package org.xieshang.documents;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
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

    /** The template with the model's components as its variables, and the page setup's own. */
    String render(String template, DocumentModel model, Map<String, Object> page) {
        Context context = new Context();
        context.setVariables(page);
        for (RecordComponent component : model.getClass().getRecordComponents()) {
            context.setVariable(component.getName(), value(component, model));
        }
        return engine.process(template, context);
    }

    private static Object value(RecordComponent component, DocumentModel model) {
        try {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(model);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + model.getClass(), e);
        }
    }
}
