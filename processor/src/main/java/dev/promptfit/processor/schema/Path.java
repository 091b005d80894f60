package dev.promptfit.processor.schema;

/**
 * Where the walk is, in source names: the root's name, then {@code .component} for a record
 * component, {@code []} for an element and {@code (Record)} for a permitted record of a sealed
 * interface, as in {@code Drawing.shapes[](Circle).radius}.
 */
record Path(String root, String suffix) {

  static Path root(String name) {
    return new Path(name, "");
  }

  Path component(String name) {
    return new Path(root, suffix + "." + name);
  }

  Path element() {
    return new Path(root, suffix + "[]");
  }

  Path variant(String record) {
    return new Path(root, suffix + "(" + record + ")");
  }

  boolean atRoot() {
    return suffix.isEmpty();
  }

  @Override
  public String toString() {
    return root + suffix;
  }
}
