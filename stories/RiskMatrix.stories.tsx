import type { Meta, StoryObj } from '@storybook/react-vite';
import { riskSignalsFromMetrics, type Risk } from '@sextant/core';
import { RiskMatrix } from '@sextant/react';
import { changes, dataQuality, deployments, driftReport, fairnessGap, incidents, Q2, register, TODAY } from './data/fraudTeam';
import { deliveryScorecard } from '@sextant/core';
import { TEN_THOUSAND_CHARACTERS } from './data/hostile';

const meta = {
  title: 'Widgets/RiskMatrix',
  component: RiskMatrix,
  tags: ['autodocs'],
  args: {
    title: 'Fraud model: AI risk register',
    description: 'Residual positions after done mitigations; dashed ghosts show where a risk started',
    risks: register,
    today: TODAY,
  },
} satisfies Meta<typeof RiskMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Fifteen AI risks of a fraud model, four owners, overdue mitigations flagged. */
export const FraudRegister: Story = {};

const card = deliveryScorecard({ deployments, changes, incidents }, { from: Q2.from, to: Q2.to });
const signals = riskSignalsFromMetrics(
  { drift: driftReport, fairness: { demographicParityDifference: fairnessGap }, dataQuality, delivery: card },
  register,
);
const applied: Risk[] = register.map((r) => {
  const s = signals.find((x) => x.riskId === r.id);
  return s ? { ...r, likelihood: s.proposedLikelihood, residual: undefined } : r;
});

/**
 * Risk signals: June's drift report, the regional decline-rate gap and the data quality
 * index, measured by core, move the matching risks — each proposal with its evidence.
 */
export const LiveSignals: Story = {
  args: { risks: applied },
  render: (args) => (
    <div style={{ display: 'grid', gap: 16 }}>
      <section aria-label="Proposed changes from live metrics" className="sb-signals">
        <h3>Proposed from live metrics</h3>
        <ul>
          {signals.map((s) => (
            <li key={s.riskId}>
              <strong>{s.riskId}</strong> {s.direction} likelihood {s.currentLikelihood} → {s.proposedLikelihood}:{' '}
              {s.evidence
                .map((e) => `${e.metric} = ${Number(e.value.toPrecision(3))} (limit ${Number(e.threshold.toPrecision(3))})`)
                .join('; ')}
            </li>
          ))}
        </ul>
      </section>
      <RiskMatrix {...args} />
    </div>
  ),
};

/** Filtered to one owner from the start. */
export const FilteredByOwner: Story = { args: { defaultOwner: 'Maya Chen' } };

/** A house matrix that does not multiply: the organisation's own band per cell. */
export const LookupMatrix: Story = {
  args: {
    matrix: [
      ['low', 'low', 'low', 'medium', 'medium'],
      ['low', 'low', 'medium', 'medium', 'high'],
      ['low', 'medium', 'medium', 'high', 'critical'],
      ['medium', 'medium', 'high', 'critical', 'critical'],
      ['medium', 'high', 'critical', 'critical', 'critical'],
    ],
  },
};

/** No risks registered yet. */
export const Empty: Story = { args: { risks: [], description: undefined } };

/** One risk. */
export const OneRisk: Story = { args: { risks: [register[0]] } };

const many: Risk[] = Array.from({ length: 240 }, (_, i) => ({
  id: `R${i + 1}`,
  title: `Risk ${i + 1}`,
  category: register[i % register.length].category,
  likelihood: 1 + ((i * 7) % 5),
  impact: 1 + ((i * 3) % 5),
  owner: ['Maya Chen', 'Tomás Rivera', 'Aisha Bello'][i % 3],
}));

/** A portfolio of 240 risks: cells stack four markers and count the rest; the table lists every one. */
export const ManyRisks: Story = { args: { risks: many, description: undefined } };

/** One malformed risk is flagged in place (its id and the reason) while the other fourteen render. */
export const BadRiskFlagged: Story = {
  args: {
    risks: [
      ...register.slice(0, 14),
      { ...register[14], likelihood: 7 },
      { id: 'R16', title: 'Unknown kind', category: 'weather' } as unknown as Risk,
    ],
  },
};

/** Hostile strings: a 10,000-character risk title (clamped, whole on hover and focus), right-to-left text, `__proto__`, markup. */
export const HostileStrings: Story = {
  args: {
    risks: [
      { id: '__proto__', title: TEN_THOUSAND_CHARACTERS, category: 'bias', likelihood: 4, impact: 4, owner: 'constructor' },
      {
        id: 'مخاطرة-١',
        title: 'انحراف النموذج بعد تغيير قواعد الشبكة',
        category: 'model-drift',
        likelihood: 3,
        impact: 5,
        owner: 'سارة',
      },
      {
        id: '<script>',
        title: '<script>alert(1)</script>',
        category: 'privacy-security',
        likelihood: 5,
        impact: 5,
        owner: 'toString',
      },
      { id: 'x'.repeat(200), title: 'Long id', category: 'schedule', likelihood: 2, impact: 3 },
    ],
  },
};

/** Bad props (bands that do not increase): the widget says what is wrong inside its frame. */
export const ErrorState: Story = { args: { bands: { low: 9, medium: 4, high: 16 } } };
