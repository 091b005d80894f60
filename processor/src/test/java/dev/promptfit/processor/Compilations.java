package dev.promptfit.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * Compiles test sources with the processor, as a user's build would, and records which source
 * files it created: compile-testing hides generated files once a compilation has failed, and
 * "nothing generated for a broken interface" is exactly what the error tests must check. The
 * processor sees javac's environment with its filer wrapped, which is also how a test makes the
 * processor fail.
 */
final class Compilations {
  private Compilations() {}

  /**
   * A compilation, the qualified names of the sources the processor created in it, and the
   * relative names of the resources it created.
   */
  record Outcome(Compilation compilation, List<String> generated, List<String> resources) {}

  /** A source under {@code src/test/resources}, e.g. {@code bad/UnknownPlaceholder.java}. */
  static JavaFileObject resource(String path) {
    return JavaFileObjects.forResource(path);
  }

  /** Compiles {@code sources} with every lint warning on, so "no warnings" means something. */
  static Compilation compile(JavaFileObject... sources) {
    return compileRecording(sources).compilation();
  }

  static Outcome compileRecording(JavaFileObject... sources) {
    return compileRecording(Compiler.javac(), sources);
  }

  /** As {@link #compileRecording(JavaFileObject...)}, against exactly {@code classPath}. */
  static Outcome compileRecording(List<File> classPath, JavaFileObject... sources) {
    return compileRecording(Compiler.javac().withClasspath(classPath), sources);
  }

  private static Outcome compileRecording(Compiler compiler, JavaFileObject... sources) {
    List<String> generated = Collections.synchronizedList(new ArrayList<>());
    List<String> resources = Collections.synchronizedList(new ArrayList<>());
    Compilation compilation =
        compileWithFiler(
            compiler, filer -> new RecordingFiler(filer, generated, resources), sources);
    return new Outcome(compilation, List.copyOf(generated), List.copyOf(resources));
  }

  /** Compiles with the processor seeing {@code filer} applied to javac's filer. */
  static Compilation compileWithFiler(UnaryOperator<Filer> filer, JavaFileObject... sources) {
    return compileWithFiler(Compiler.javac(), filer, sources);
  }

  private static Compilation compileWithFiler(
      Compiler compiler, UnaryOperator<Filer> filer, JavaFileObject... sources) {
    return compiler
        .withProcessors(new Wrapped(new PromptfitProcessor(), filer))
        .withOptions("-Xlint:all,-processing")
        .compile(Arrays.asList(sources));
  }

  /** Runs a processor with a filer of the test's choosing. */
  private static final class Wrapped extends AbstractProcessor {
    private final PromptfitProcessor delegate;
    private final UnaryOperator<Filer> filer;

    Wrapped(PromptfitProcessor delegate, UnaryOperator<Filer> filer) {
      this.delegate = delegate;
      this.filer = filer;
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      delegate.init(new FilerEnvironment(env, filer.apply(env.getFiler())));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }
  }

  private record FilerEnvironment(ProcessingEnvironment env, Filer filer)
      implements ProcessingEnvironment {
    @Override
    public Map<String, String> getOptions() {
      return env.getOptions();
    }

    @Override
    public Messager getMessager() {
      return env.getMessager();
    }

    @Override
    public Filer getFiler() {
      return filer;
    }

    @Override
    public Elements getElementUtils() {
      return env.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return env.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return env.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return env.getLocale();
    }
  }

  private record RecordingFiler(Filer filer, List<String> generated, List<String> resources)
      implements Filer {
    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
        throws IOException {
      generated.add(name.toString());
      return filer.createSourceFile(name, originatingElements);
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
        throws IOException {
      return filer.createClassFile(name, originatingElements);
    }

    @Override
    public FileObject createResource(
        JavaFileManager.Location location, CharSequence moduleAndPkg, CharSequence relativeName,
        Element... originatingElements) throws IOException {
      resources.add(relativeName.toString());
      return filer.createResource(location, moduleAndPkg, relativeName, originatingElements);
    }

    @Override
    public FileObject getResource(
        JavaFileManager.Location location, CharSequence moduleAndPkg, CharSequence relativeName)
        throws IOException {
      return filer.getResource(location, moduleAndPkg, relativeName);
    }
  }
}
