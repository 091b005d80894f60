package dev.promptfit.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.promptfit.annotation.Instructions;
import dev.promptfit.annotation.MaxOutputTokens;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.ReasoningEffort;
import dev.promptfit.annotation.Temperature;
import dev.promptfit.annotation.TopP;
import dev.promptfit.annotation.Var;
import dev.promptfit.processor.generate.ImplementationWriter;
import dev.promptfit.processor.model.InterfaceMembers;
import dev.promptfit.processor.model.InterfaceModel;
import dev.promptfit.processor.model.ModelReader;
import dev.promptfit.processor.validate.Diagnostic;
import dev.promptfit.processor.validate.InterfaceValidator;
import dev.promptfit.processor.validate.Messages;
import dev.promptfit.processor.validate.PlacementValidator;
import dev.promptfit.processor.validate.ValidationReport;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * Checks Promptfit interfaces and writes their implementations.
 *
 * <p>Per interface: read it into a model, validate the model, report every problem, and write the
 * implementation only if there was no error, so a broken interface never leaves a half-right
 * file behind. The processor never claims annotations, and no exception escapes to javac: a crash
 * becomes an error on the interface asking for a bug report. An interface whose signatures mention
 * types not generated yet waits for a later round.
 */
@AutoService(Processor.class)
public final class PromptfitProcessor extends AbstractProcessor {
  private final Set<String> done = new HashSet<>();
  private final Set<String> deferred = new LinkedHashSet<>();
  private final Set<ReportedKey> reported = new HashSet<>();

  /** Identifies a diagnostic, so one reached through two interfaces is printed once. */
  private record ReportedKey(javax.tools.Diagnostic.Kind kind, String message, Element element) {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> names = new LinkedHashSet<>();
    Stream.of(Prompt.class, Model.class, Instructions.class, Var.class, Temperature.class,
            TopP.class, MaxOutputTokens.class, ReasoningEffort.class)
        .forEach(type -> names.add(type.getCanonicalName()));
    return names;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    guarded("@Prompt placement", null,
        () -> print(PlacementValidator.validate(round.getElementsAnnotatedWith(Prompt.class))));
    CandidateFinder finder =
        new CandidateFinder(
            processingEnv.getElementUtils(),
            new InterfaceMembers(processingEnv.getElementUtils(), processingEnv.getTypeUtils()));
    List<TypeElement> candidates = new ArrayList<>();
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        candidates.add(type);
      }
    }
    deferred.clear();
    guarded("Promptfit interface discovery", null,
        () -> candidates.addAll(finder.find(round.getRootElements())));
    for (TypeElement type : candidates) {
      String name = type.getQualifiedName().toString();
      if (done.contains(name)) {
        continue;
      }
      guarded(name, type, () -> {
        if (!finder.hasUnresolvedTypes(type)) {
          done.add(name);
          implement(type);
        } else if (!round.processingOver()) {
          deferred.add(name);
        }
        // Otherwise no round supplied the types; javac reports them as missing itself.
      });
    }
    return false;
  }

  /** Validates {@code type}, reports what is wrong, and writes its implementation if nothing is. */
  private void implement(TypeElement type) {
    ModelReader reader =
        new ModelReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
    InterfaceModel model = reader.read(type);
    ValidationReport report = InterfaceValidator.validate(model);
    print(report);
    if (report.hasErrors()) {
      return;
    }
    JavaFile file =
        new ImplementationWriter(
                processingEnv.getElementUtils(), processingEnv.getTypeUtils(),
                getClass().getCanonicalName())
            .write(model);
    write(model, file);
  }

  /**
   * Runs {@code action}, turning any failure into an error on {@code element} (or none) that asks
   * for a bug report: an exception escaping to javac would abort the whole compilation with a
   * stack trace that names neither the interface nor the cause.
   */
  private void guarded(String subject, Element element, Runnable action) {
    try {
      action.run();
    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
      printError(Messages.crash(subject, e), element);
    }
  }

  /**
   * Renders the whole file in memory before touching the filer, so a failure while generating
   * leaves no file at all. Trailing spaces are trimmed: JavaPoet leaves one after {@code =} where
   * an initializer starts on the next line.
   */
  private void write(InterfaceModel model, JavaFile file) {
    String source = file.toString().replaceAll("[ \\t]+\n", "\n");
    String qualifiedName =
        model.packageName().isEmpty()
            ? model.generatedSimpleName()
            : model.packageName() + "." + model.generatedSimpleName();
    JavaFileObject target = null;
    try {
      target = processingEnv.getFiler().createSourceFile(qualifiedName, model.element());
      try (Writer writer = target.openWriter()) {
        writer.write(source);
      }
    } catch (IOException e) {
      if (target != null) {
        target.delete();
      }
      printError(
          Messages.writeFailed(model.displayName(), model.generatedSimpleName(), e),
          model.element());
    }
  }

  private void print(ValidationReport report) {
    for (Diagnostic d : report.items()) {
      if (reported.add(new ReportedKey(d.kind(), d.message(), d.anchor().element()))) {
        processingEnv.getMessager().printMessage(
            d.kind(), d.message(), d.anchor().element(), d.anchor().annotation(),
            d.anchor().value());
      }
    }
  }

  private void printError(String message, Element element) {
    processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR, message, element);
  }
}
