package dev.promptfit.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.promptfit.annotation.Tool;
import dev.promptfit.processor.generate.ImplementationWriter;
import dev.promptfit.processor.generate.ReachabilityMetadata;
import dev.promptfit.processor.generate.ToolBinderWriter;
import dev.promptfit.processor.model.InterfaceMembers;
import dev.promptfit.processor.model.InterfaceModel;
import dev.promptfit.processor.model.InterfaceTools;
import dev.promptfit.processor.model.MethodModel;
import dev.promptfit.processor.model.ModelReader;
import dev.promptfit.processor.model.ToolClassModel;
import dev.promptfit.processor.model.ToolModel;
import dev.promptfit.processor.model.ToolModelReader;
import dev.promptfit.processor.schema.BoundType;
import dev.promptfit.processor.validate.Diagnostic;
import dev.promptfit.processor.validate.InterfaceValidator;
import dev.promptfit.processor.validate.Messages;
import dev.promptfit.processor.validate.PlacementValidator;
import dev.promptfit.processor.validate.ToolClassValidator;
import dev.promptfit.processor.validate.ToolsValidator;
import dev.promptfit.processor.validate.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Checks Promptfit interfaces and writes their implementations.
 *
 * <p>Per interface: read it into a model, validate the model, report every problem, and write the
 * implementation (and its GraalVM {@linkplain ReachabilityMetadata reachability metadata}) only if
 * there was no error, so a broken interface never leaves a half-right file behind. No exception
 * escapes to javac: a crash becomes an error on the interface asking for a bug report. An
 * interface whose signatures, or the types its typed answers reach, mention types not generated yet
 * waits for a later round.
 *
 * <p>The processor looks at every compilation ({@code "*"}) and never claims an annotation. Every
 * compilation, because {@code interface Mine extends Theirs {}}, with {@code Theirs} from a jar,
 * carries no annotation that would make javac call a processor that asked for Promptfit's. Never
 * claims, because javac stops offering a round to processors that support {@code "*"} once every
 * annotation in it is claimed: a type checker such as the Checker Framework's, which collects the
 * classes to check in {@code process}, would silently skip sources that carry only Promptfit
 * annotations. The price is javac's {@code -Xlint:processing} note that no processor claimed them
 * (as for any library's annotations); builds with {@code -Werror} use {@code
 * -Xlint:all,-processing}.
 *
 * <p>Gradle incremental processing: isolating. Each generated file has exactly one originating
 * element, its interface, and everything it depends on is reachable from that interface.
 */
@AutoService(Processor.class)
public final class PromptfitProcessor extends AbstractProcessor {
  private final Set<String> done = new HashSet<>();
  private final Set<String> deferred = new LinkedHashSet<>();
  private final Set<ReportedKey> reported = new HashSet<>();

  // Tools (API.md section 8): classes with @Tool methods get a binder each.
  private final Set<String> toolsDone = new HashSet<>();
  private final Set<String> toolsDeferred = new LinkedHashSet<>();
  private final Set<String> toolsSeen = new HashSet<>();
  private final Map<String, ToolClassModel> toolModels = new HashMap<>();

  /** Identifies a diagnostic, so one reached through two interfaces is printed once. */
  private record ReportedKey(javax.tools.Diagnostic.Kind kind, String message, Element element) {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    guarded("Promptfit annotation placement", null,
        () -> print(PlacementValidator.validate(round)));
    guarded("Promptfit tool discovery", null, () -> bindTools(round));
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
        InterfaceModel model =
            finder.hasUnresolvedTypes(type)
                ? null
                : new ModelReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils())
                    .read(type);
        if (model != null && !model.hasUnresolvedTypes() && !toolsUnresolved(model)) {
          done.add(name);
          implement(model);
        } else if (!round.processingOver()) {
          deferred.add(name);
        }
        // Otherwise no round supplied the types; javac reports them as missing itself.
      });
    }
    return false;
  }

  /**
   * Finds this round's classes with {@code @Tool} methods (and those waiting from earlier rounds)
   * and writes a binder for each that passes validation.
   */
  private void bindTools(RoundEnvironment round) {
    Set<TypeElement> classes = new LinkedHashSet<>();
    for (String name : toolsDeferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        classes.add(type);
      }
    }
    toolsDeferred.clear();
    for (Element element : round.getElementsAnnotatedWith(Tool.class)) {
      if (ToolModelReader.isClass(element.getEnclosingElement())) {
        classes.add((TypeElement) element.getEnclosingElement());
      }
    }
    for (TypeElement type : classes) {
      String name = type.getQualifiedName().toString();
      toolsSeen.add(name);
      if (toolsDone.contains(name)) {
        continue;
      }
      guarded(name, type, () -> {
        ToolClassModel model = toolModel(type);
        if (model.hasUnresolvedTypes()) {
          if (!round.processingOver()) {
            toolsDeferred.add(name);
          }
          // Otherwise no round supplied the types; javac reports them as missing itself.
          return;
        }
        toolsDone.add(name);
        ValidationReport report = ToolClassValidator.validate(model);
        print(report);
        if (!report.hasErrors()) {
          writeBinder(model);
        }
      });
    }
  }

  /**
   * A tool class's model, read once per compilation; one that mentions types not generated yet is
   * read again in a later round.
   */
  private ToolClassModel toolModel(TypeElement type) {
    String name = type.getQualifiedName().toString();
    ToolClassModel model = toolModels.get(name);
    if (model == null) {
      model =
          new ToolModelReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils())
              .read(type);
      if (!model.hasUnresolvedTypes()) {
        toolModels.put(name, model);
      }
    }
    return model;
  }

  /** Whether a tool class {@code model} lists still mentions types not generated yet. */
  private boolean toolsUnresolved(InterfaceModel model) {
    return InterfaceTools.read(model).all().stream()
        .anyMatch(type -> ToolModelReader.hasTools(type) && toolModel(type).hasUnresolvedTypes());
  }

  /** Whether a tool class's binder exists or is written in this compilation. */
  private boolean binderKnown(TypeElement type) {
    return toolsSeen.contains(type.getQualifiedName().toString())
        || processingEnv.getElementUtils().getTypeElement(toolModel(type).binderQualifiedName())
            != null;
  }

  /** Writes a tool class's binder and, where its tools bind records or enums, its metadata. */
  private void writeBinder(ToolClassModel model) {
    JavaFile file =
        new ToolBinderWriter(processingEnv.getElementUtils(), getClass().getCanonicalName())
            .write(model);
    String source = file.toString().replaceAll("[ \\t]+\n", "\n");
    String binaryName =
        processingEnv.getElementUtils().getBinaryName(model.element()).toString();
    Map<TypeElement, BoundType.Kind> bound = new LinkedHashMap<>();
    for (ToolModel tool : model.tools()) {
      tool.parameterSchema().boundTypes()
          .forEach(type -> bound.putIfAbsent(type.element(), type.kind()));
      tool.resultSchema().ifPresent(
          result -> result.boundTypes()
              .forEach(type -> bound.putIfAbsent(type.element(), type.kind())));
    }
    String metadata =
        ReachabilityMetadata.toolJson(binaryName, getClass().getCanonicalName(), binaries(bound));
    writeFiles(
        model.element(),
        binaryName,
        metadata,
        model.binderQualifiedName(),
        source,
        model.displayName(),
        model.binderSimpleName());
  }

  private List<ReachabilityMetadata.Bound> binaries(Map<TypeElement, BoundType.Kind> bound) {
    List<ReachabilityMetadata.Bound> result = new ArrayList<>();
    bound.forEach(
        (element, kind) ->
            result.add(
                new ReachabilityMetadata.Bound(
                    processingEnv.getElementUtils().getBinaryName(element).toString(), kind)));
    return result;
  }

  /** Validates {@code model}, reports what is wrong, and writes its implementation if nothing is. */
  private void implement(InterfaceModel model) {
    ValidationReport report = InterfaceValidator.validate(model);
    ToolsValidator.check(
        model, InterfaceTools.read(model), this::toolModel, this::binderKnown, report);
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
   * an initializer starts on the next line. The metadata is written first: it is useless without
   * the class, and a class without it still works everywhere but in a native image.
   */
  private void write(InterfaceModel model, JavaFile file) {
    String source = file.toString().replaceAll("[ \\t]+\n", "\n");
    String qualifiedName =
        model.packageName().isEmpty()
            ? model.generatedSimpleName()
            : model.packageName() + "." + model.generatedSimpleName();
    String binaryName = processingEnv.getElementUtils().getBinaryName(model.element()).toString();
    String metadata =
        ReachabilityMetadata.json(
            binaryName, qualifiedName, getClass().getCanonicalName(), boundTypes(model));
    writeFiles(
        model.element(),
        binaryName,
        metadata,
        qualifiedName,
        source,
        model.displayName(),
        model.generatedSimpleName());
  }

  /**
   * Writes a generated class and its reachability metadata, unless that is null (first: it is
   * useless without the class). On a failure whatever was created is deleted and the error names
   * the interface or tool class {@code displayName} and the class {@code simpleName}.
   */
  private void writeFiles(
      TypeElement origin,
      String binaryName,
      String metadata,
      String qualifiedName,
      String source,
      String displayName,
      String simpleName) {
    List<FileObject> created = new ArrayList<>();
    try {
      if (metadata != null) {
        FileObject resource =
            processingEnv.getFiler().createResource(
                StandardLocation.CLASS_OUTPUT, "", ReachabilityMetadata.path(binaryName), origin);
        created.add(resource);
        try (OutputStream out = resource.openOutputStream()) {
          out.write(metadata.getBytes(StandardCharsets.UTF_8));
        }
      }
      JavaFileObject java = processingEnv.getFiler().createSourceFile(qualifiedName, origin);
      created.add(java);
      try (Writer writer = java.openWriter()) {
        writer.write(source);
      }
    } catch (IOException e) {
      created.forEach(FileObject::delete);
      printError(Messages.writeFailed(displayName, simpleName, e), origin);
    }
  }

  /** The types the interface's typed answers bind, each once, in the order first met. */
  private List<ReachabilityMetadata.Bound> boundTypes(InterfaceModel model) {
    Map<TypeElement, BoundType.Kind> bound = new LinkedHashMap<>();
    for (MethodModel method : model.abstractMethods()) {
      method.typed().ifPresent(
          typed -> typed.schema().boundTypes()
              .forEach(type -> bound.putIfAbsent(type.element(), type.kind())));
    }
    return binaries(bound);
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
