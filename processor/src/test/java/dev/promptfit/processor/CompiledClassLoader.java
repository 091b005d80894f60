package dev.promptfit.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Loads the class files of a compile-testing compilation, so tests can run generated code. Its
 * parent is the test's own loader (or one below it), so {@code dev.promptfit} types are shared
 * with the test.
 */
final class CompiledClassLoader extends ClassLoader {
  private static final String PREFIX = "/CLASS_OUTPUT/";

  private final Map<String, byte[]> classes = new HashMap<>();

  CompiledClassLoader(Compilation compilation) {
    this(compilation, CompiledClassLoader.class.getClassLoader());
  }

  CompiledClassLoader(Compilation compilation, ClassLoader parent) {
    super(parent);
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS && file.getName().startsWith(PREFIX)) {
        String path = file.getName().substring(PREFIX.length());
        String name = path.substring(0, path.length() - ".class".length()).replace('/', '.');
        try (InputStream in = file.openInputStream()) {
          classes.put(name, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }
}
