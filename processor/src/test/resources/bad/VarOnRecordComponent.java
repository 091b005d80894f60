package bad;

import dev.promptfit.annotation.Var;

record Question(@Var("q") String text) {}
