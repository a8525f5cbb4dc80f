// The chat simulator outside the console: the very page the console shows under 聊天模拟器, drawn here for
// whoever opens the sandbox's front page without signing in. One simulator, two doors.
import { render } from '/console/js/pages/simulator.js';

render(document.getElementById('simulator'));
