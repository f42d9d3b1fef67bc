package org.xieshang.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks a BPMN file against the conventions: the process id is the file name, every String constant of the
 * process's constants class names something in the model, every bean an expression calls exists, flow node
 * ids are readable, and every node has a shape and every flow an edge, without overlapping shapes. Collects
 * all problems and fails once with the list.
 */
public final class BpmnModelCheck {

    /** The folder the engine deploys from. */
    public static final Path PROCESSES = Path.of("processes");

    /** Names an expression may call that are not beans (Camunda's own). */
    private static final Set<String> BUILT_INS = Set.of("execution", "task", "externalTask", "authenticatedUserId",
            "variables", "S", "JSON", "XML", "dateTime");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{(.*?)}");
    private static final Pattern METHOD_CALL = Pattern.compile("\\b([a-zA-Z_]\\w*)\\s*\\.\\s*[a-zA-Z_]\\w*\\s*\\(");
    private static final Pattern ROOT = Pattern.compile("^\\s*([a-zA-Z_]\\w*)");
    /** Prefix_PascalCase; Modeler's generated ids (Activity_0x1y2z3) fail. */
    private static final Pattern READABLE_ID = Pattern.compile("^[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$");

    private final String name;
    private final String xml;
    private final BpmnModelInstance model;
    private final List<String> problems = new ArrayList<>();

    private BpmnModelCheck(String name, String xml) {
        this.name = name;
        this.xml = xml;
        this.model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    public static BpmnModelCheck of(Path file) {
        try {
            return new BpmnModelCheck(file.getFileName().toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BpmnModelCheck ofXml(String fileName, String xml) {
        return new BpmnModelCheck(fileName, xml);
    }

    public static BpmnModelCheck ofClasspath(String resource) {
        try (InputStream in = BpmnModelCheck.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No resource " + resource);
            }
            return new BpmnModelCheck(Path.of(resource).getFileName().toString(),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every BPMN file the engine deploys. */
    public static List<Path> deployedModels() {
        if (!Files.isDirectory(PROCESSES)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(PROCESSES)) {
            return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The conventions every model meets, whatever its constants class. */
    public BpmnModelCheck conventions(ApplicationContext context) {
        return processIdMatchesFileName().historyTimeToLive().readableIds().beansExistIn(context).diagramComplete()
                .englishTaskNames(englishMessages());
    }

    public BpmnModelCheck processIdMatchesFileName() {
        String expected = name.replaceFirst("\\.bpmn$", "");
        List<String> ids = processes().stream().map(Process::getId).toList();
        if (!ids.contains(expected)) {
            problems.add("no process with id " + expected + " (file name) but " + ids);
        }
        return this;
    }

    public BpmnModelCheck historyTimeToLive() {
        processes().stream().filter(p -> p.isExecutable() && p.getCamundaHistoryTimeToLiveString() == null)
                .forEach(p -> problems.add(p.getId() + " has no camunda:historyTimeToLive"));
        return this;
    }

    /** Every public static String constant names the process, an element, a message, an error or a signal. */
    public BpmnModelCheck constants(Class<?> constantsClass) {
        Set<String> known = new HashSet<>();
        model.getModelElementsByType(BaseElement.class).forEach(e -> known.add(e.getId()));
        model.getModelElementsByType(Message.class).forEach(m -> known.add(m.getName()));
        model.getModelElementsByType(Error.class).forEach(e -> known.add(e.getErrorCode()));
        model.getModelElementsByType(Signal.class).forEach(s -> known.add(s.getName()));
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).stream()
                .map(org.camunda.bpm.model.bpmn.instance.Process::getCamundaVersionTag).filter(java.util.Objects::nonNull)
                .forEach(known::add);
        for (Field field : constantsClass.getDeclaredFields()) {
            int m = field.getModifiers();
            if (Modifier.isStatic(m) && Modifier.isFinal(m) && Modifier.isPublic(m) && field.getType() == String.class
                    && !field.getName().equals("RESOURCE")) {
                String value = (String) readStatic(field);
                if (!known.contains(value)) {
                    problems.add(constantsClass.getSimpleName() + "." + field.getName() + " = \"" + value
                            + "\" is not in " + name);
                }
            }
        }
        return this;
    }

    /**
     * A delegate expression names a bean; elsewhere a name called as {@code name.method(...)} must be a bean,
     * while a plain {@code ${name}} is a process variable.
     */
    public BpmnModelCheck beansExistIn(ApplicationContext context) {
        for (Expression expression : expressions()) {
            Set<String> beans = new HashSet<>();
            Matcher calls = METHOD_CALL.matcher(expression.body());
            while (calls.find()) {
                beans.add(calls.group(1));
            }
            if (expression.delegate()) {
                Matcher root = ROOT.matcher(expression.body());
                if (root.find()) {
                    beans.add(root.group(1));
                }
            }
            beans.stream().filter(b -> !BUILT_INS.contains(b) && !context.containsBean(b))
                    .forEach(b -> problems.add("${" + expression.body() + "} calls bean '" + b + "', which does not exist"));
        }
        return this;
    }

    public BpmnModelCheck readableIds() {
        model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
                .filter(id -> !READABLE_ID.matcher(id).matches())
                .forEach(id -> problems.add("flow node id " + id + " is not readable (Prefix_BusinessName)"));
        return this;
    }

    public BpmnModelCheck diagramComplete() {
        Set<String> shaped = new HashSet<>();
        List<BpmnShape> nodeShapes = new ArrayList<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnElement() != null) {
                shaped.add(shape.getBpmnElement().getId());
                if (shape.getBpmnElement() instanceof FlowNode && !(shape.getBpmnElement() instanceof BoundaryEvent)) {
                    nodeShapes.add(shape);
                }
            }
        }
        Set<String> edged = new HashSet<>();
        model.getModelElementsByType(BpmnEdge.class).stream().filter(e -> e.getBpmnElement() != null)
                .forEach(e -> edged.add(e.getBpmnElement().getId()));
        model.getModelElementsByType(FlowNode.class).stream().filter(n -> !shaped.contains(n.getId()))
                .forEach(n -> problems.add("flow node " + n.getId() + " has no diagram shape"));
        model.getModelElementsByType(SequenceFlow.class).stream().filter(f -> !edged.contains(f.getId()))
                .forEach(f -> problems.add("sequence flow " + f.getId() + " has no diagram edge"));
        for (int i = 0; i < nodeShapes.size(); i++) {
            for (int j = i + 1; j < nodeShapes.size(); j++) {
                BpmnShape a = nodeShapes.get(i);
                BpmnShape b = nodeShapes.get(j);
                if (overlap(a.getBounds(), b.getBounds()) && !nested(a, b)) {
                    problems.add("shapes of " + a.getBpmnElement().getId() + " and " + b.getBpmnElement().getId() + " overlap");
                }
            }
        }
        return this;
    }

    /** Every user task has an English name under taskname.&lt;id&gt; (the model's names are Chinese). */
    public BpmnModelCheck englishTaskNames(Properties english) {
        model.getModelElementsByType(UserTask.class).stream()
                .filter(t -> !english.containsKey("taskname." + t.getId()))
                .forEach(t -> problems.add("user task " + t.getId() + " has no taskname." + t.getId() + " in messages_en"));
        return this;
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    public void verify() {
        if (!problems.isEmpty()) {
            fail(name + ":\n  " + String.join("\n  ", problems));
        }
    }

    private record Expression(String body, boolean delegate) {
    }

    /** Expressions anywhere in the file: attributes and element text (timers, conditions). */
    private List<Expression> expressions() {
        List<Expression> found = new ArrayList<>();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            collect(document.getDocumentElement(), found);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot parse " + name, e);
        }
        return found;
    }

    private static void collect(Element element, List<Expression> found) {
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            Node attribute = element.getAttributes().item(i);
            boolean delegate = "delegateExpression".equals(attribute.getLocalName());
            Matcher m = EXPRESSION.matcher(attribute.getNodeValue());
            while (m.find()) {
                found.add(new Expression(m.group(1), delegate));
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element e) {
                collect(e, found);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                Matcher m = EXPRESSION.matcher(child.getNodeValue());
                while (m.find()) {
                    found.add(new Expression(m.group(1), false));
                }
            }
        }
    }

    private List<Process> processes() {
        return List.copyOf(model.getModelElementsByType(Process.class));
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    /** An expanded sub-process contains its inner nodes; that is not an overlap. */
    private static boolean nested(BpmnShape a, BpmnShape b) {
        return isAncestor(a.getBpmnElement(), b.getBpmnElement()) || isAncestor(b.getBpmnElement(), a.getBpmnElement());
    }

    private static boolean isAncestor(BaseElement ancestor, BaseElement element) {
        for (var p = element.getParentElement(); p != null; p = p.getParentElement()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Properties englishMessages() {
        Properties english = new Properties();
        try (InputStream in = BpmnModelCheck.class.getClassLoader().getResourceAsStream("i18n/messages_en.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return english;
    }

    private static Object readStatic(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
