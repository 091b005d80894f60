package dev.promptfit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A failure inside the processor reaches the user as an error on the interface, not a crash. */
class CrashTest {

  @Test
  void exceptionBecomesAnErrorAskingForABugReport() {
    JavaFileObject source = Compilations.resource("good/com/example/Outer.java");
    Compilation c = Compilations.compileWithFiler(ExplodingFiler::new, source);
    assertThat(c).failed();
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "com.example.Outer.Inner: the Promptfit processor failed"
                + " (java.lang.IllegalStateException: boom); please report this bug with this"
                + " stack trace:")
        .inFile(source)
        .onLineContaining("public interface Inner");
  }

  @Test
  void failureToWriteIsAnErrorNamingTheFile() {
    JavaFileObject source = Compilations.resource("good/com/example/Outer.java");
    Compilation c = Compilations.compileWithFiler(FullDiskFiler::new, source);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "Outer.Inner: could not write Promptfit_Outer_Inner: java.io.IOException: disk full")
        .inFile(source)
        .onLineContaining("public interface Inner");
  }

  /** Fails the way a bug in the processor would: with an unchecked exception. */
  private record ExplodingFiler(Filer filer) implements Filer {
    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) {
      throw new IllegalStateException("boom");
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
      return filer.createResource(location, moduleAndPkg, relativeName, originatingElements);
    }

    @Override
    public FileObject getResource(
        JavaFileManager.Location location, CharSequence moduleAndPkg, CharSequence relativeName)
        throws IOException {
      return filer.getResource(location, moduleAndPkg, relativeName);
    }
  }

  /** Fails the way a file system does. */
  private record FullDiskFiler(Filer filer) implements Filer {
    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
        throws IOException {
      throw new IOException("disk full");
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
