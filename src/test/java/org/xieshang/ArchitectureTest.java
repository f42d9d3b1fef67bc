package org.xieshang;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import java.sql.ResultSet;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.xieshang.bargaining.CaseTasks;
import org.xieshang.system.ProcessVariable;
import org.xieshang.system.StepTasks;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The shape the step pattern relies on, checked on the compiled classes and the sources (README, "Decisions"): only
 * step services complete tasks, controllers hold no SQL, no class grows past one screenful of responsibilities, SQL
 * binds enum values instead of spelling them, and each process variable is declared once.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.xieshang");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final int MAX_LINES = 350;

    private static final DescribedPredicate<JavaMethodCall> COMPLETES_A_TASK = new DescribedPredicate<>("complete a user task") {
        @Override
        public boolean test(JavaMethodCall call) {
            String owner = call.getTargetOwner().getName();
            return call.getName().equals("complete") && (owner.equals(TaskService.class.getName())
                    || owner.equals(StepTasks.class.getName()) || owner.equals(CaseTasks.class.getName()));
        }
    };

    @Test
    void no_controller_completes_a_task_or_touches_the_task_service() {
        noClasses().that().areAnnotatedWith(Controller.class).should().callMethodWhere(COMPLETES_A_TASK)
                .orShould().dependOnClassesThat().areAssignableTo(TaskService.class).check(MAIN);
    }

    @Test
    void only_the_step_services_complete_tasks() {
        noClasses().that().haveSimpleNameNotEndingWith("Steps").and().doNotHaveFullyQualifiedName(CaseTasks.class.getName())
                .and().doNotHaveFullyQualifiedName(StepTasks.class.getName()).should().callMethodWhere(COMPLETES_A_TASK)
                .check(MAIN);
    }

    @Test
    void controllers_hold_no_sql() {
        noClasses().that().areAnnotatedWith(Controller.class).should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .check(MAIN);
    }

    /**
     * A row mapper that queries again takes a second connection while the first still streams its rows: with the
     * pool's every connection held by a request waiting for a second one, every request waits for ever (the load run
     * found it). Children are read after the rows, in one query for all of them.
     */
    @Test
    void no_row_mapper_queries_the_database() {
        methods().that().haveRawParameterTypes(ResultSet.class, int.class).should(new ArchCondition<JavaMethod>("not query with JdbcClient") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                method.getMethodCallsFromSelf().stream().filter(call -> call.getTargetOwner().isAssignableTo(JdbcClient.class))
                        .forEach(call -> events.add(SimpleConditionEvent.violated(method, call.getDescription())));
            }
        }).check(MAIN);
    }

    @Test
    void no_class_in_main_holds_more_than_350_lines() {
        Map<Path, Integer> tooLong = new HashMap<>();
        javaSources().forEach(p -> {
            int lines = read(p).split("\n", -1).length;
            if (lines > MAX_LINES) {
                tooLong.put(SOURCES.relativize(p), lines);
            }
        });
        assertThat(tooLong).as("classes over %d lines", MAX_LINES).isEmpty();
    }

    /** An enum value spelled inside SQL text ('OPEN') escapes the compiler; bound as a parameter it cannot drift. */
    @Test
    void no_enum_value_is_written_into_sql_text() {
        Pattern literal = Pattern.compile("'[A-Z][A-Z0-9_]+'");
        List<String> found = new ArrayList<>();
        javaSources().forEach(p -> sqlStrings(read(p)).stream().filter(sql -> literal.matcher(sql).find())
                .forEach(sql -> found.add(SOURCES.relativize(p) + ": " + sql.strip())));
        assertThat(found).isEmpty();
    }

    /** A column name concatenated into an update ("set " + column) is how a typo or an input reaches the SQL. */
    @Test
    void no_sql_is_built_by_concatenating_a_column_name() {
        Pattern concatenated = Pattern.compile("\"[^\"]*\\b(set|update [a-z_]+ set)\\s*\"\\s*\\+|\\+\\s*\"\\s*=\\s*\\?");
        List<String> found = new ArrayList<>();
        javaSources().forEach(p -> {
            Matcher m = concatenated.matcher(read(p));
            while (m.find()) {
                found.add(SOURCES.relativize(p) + ": " + m.group());
            }
        });
        assertThat(found).isEmpty();
    }

    /** Two constants classes naming one variable would drift apart; a shared one is declared once and referenced. */
    @Test
    void every_process_variable_is_declared_once() throws IllegalAccessException {
        Map<String, Object> declared = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (JavaClass c : MAIN) {
            for (Field f : c.reflect().getDeclaredFields()) {
                if (f.getType() == ProcessVariable.class && Modifier.isStatic(f.getModifiers())) {
                    f.setAccessible(true);
                    ProcessVariable<?> v = (ProcessVariable<?>) f.get(null);
                    Object earlier = declared.putIfAbsent(v.name(), v);
                    if (earlier != null && earlier != v) {
                        twice.add(v.name() + " (again in " + c.getSimpleName() + "." + f.getName() + ")");
                    }
                }
            }
        }
        assertThat(twice).isEmpty();
        assertThat(declared).containsKeys("caseId", "contractId", "sessionId");
    }

    private static List<Path> javaSources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The string literals and text blocks of a source that read as SQL. */
    private static List<String> sqlStrings(String source) {
        List<String> strings = new ArrayList<>();
        Matcher blocks = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL).matcher(source);
        while (blocks.find()) {
            strings.add(blocks.group(1));
        }
        Matcher plain = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"").matcher(blocks.replaceAll(""));
        while (plain.find()) {
            strings.add(plain.group(1));
        }
        Pattern sql = Pattern.compile("\\b(select .* from|insert into|update [a-z_]+ set|delete from|where)\\b", Pattern.DOTALL);
        return strings.stream().filter(s -> sql.matcher(s.toLowerCase()).find()).toList();
    }
}
