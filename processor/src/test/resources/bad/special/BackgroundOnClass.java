package bad;

import dev.promptfit.annotation.Background;

@Background
class Assistant {}
