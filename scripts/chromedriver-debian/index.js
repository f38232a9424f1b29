// tachometer (npm run bench*) imports `chromedriver` before it starts Chrome; the real package would download a
// driver in its install script. This is not a dependency: scripts/bench-driver.mjs links this folder into
// node_modules. The driver is Debian's (scripts/setup-browsers.sh); selenium finds it on PATH.
exports.path = process.env.CHROMEDRIVER_FILEPATH || '/usr/bin/chromedriver';
