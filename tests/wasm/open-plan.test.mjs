// open-plan.test.mjs - the plan the core keeps open (plan.open) in the wasm
// build: questions about it get the answers the whole plan gets, a request
// for another plan is refused, and reopening does not grow memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CoreError } from '../../web/src/core.js';
import { plan as benchPlan } from '../../bench/inputs.mjs';
import { builds } from './load-core.mjs';

const today = '2026-11-24';

for (const [name, load] of builds) {
  test(`${name}: summary and progress of the open plan equal those of the plan sent whole`, async () => {
    const core = await load();
    const plan = core.call('plan.validate', { plan: benchPlan(12, 150, 3) }).plan;
    const opened = core.call('plan.open', { plan });
    assert.deepEqual(opened, { plan_id: plan.id, goals: 12, kpis: 12, measurements: 12 * 150 });
    assert.deepEqual(core.call('plan.summary', { open_plan: plan.id, today }), core.call('plan.summary', { plan, today }));
    for (const goal of plan.goals.slice(0, 3)) {
      const kpi = plan.kpis.find((k) => k.id === goal.kpi_id);
      assert.deepEqual(
        core.call('goal.progress', { open_plan: plan.id, goal_id: goal.id, today }),
        core.call('goal.progress', { goal, kpi, kpis: plan.kpis, today }),
      );
    }
  });

  test(`${name}: asking about a plan that is not open is refused, naming the field`, async () => {
    const core = await load();
    core.call('plan.open', { plan: benchPlan(1, 5, 1) });
    assert.throws(
      () => core.call('plan.summary', { open_plan: 'some-other-plan', today }),
      (e) => e instanceof CoreError && e.code === 'plan_not_open' && e.path === 'open_plan' && /some-other-plan/.test(e.message),
    );
  });
}

test('release: opening the same plan again and again does not grow memory', async () => {
  const [, load] = builds[0];
  const core = await load();
  const request = JSON.stringify({ plan: benchPlan(20, 100, 5) });
  const summary = JSON.stringify({ open_plan: 'bench-20x100', today });
  for (let i = 0; i < 20; i++) {
    core.callText('plan.open', request);
    core.callText('plan.summary', summary);
  }
  const before = core.memoryBytes();
  for (let i = 0; i < 300; i++) {
    assert.match(core.callText('plan.open', request), /^\{"ok":true/);
    assert.match(core.callText('plan.summary', summary), /^\{"ok":true/);
  }
  assert.equal(core.memoryBytes(), before);
});
