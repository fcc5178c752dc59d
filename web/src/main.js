// main.js - wires the app together.
import { loadCore } from './core.js';

const core = await loadCore();
document.getElementById('status').textContent = `Core ${core.version} loaded.`;
