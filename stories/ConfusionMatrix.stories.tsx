import type { Meta, StoryObj } from '@storybook/react-vite';
import { ConfusionMatrix } from '@sextant/react';
import {
  fraudLabels,
  hostileMatrix,
  imageClassifier,
  intentClassifier,
  productCategoriser,
  taxonomyCategoriser,
} from './data/quality';
import { TEN_THOUSAND_CHARACTERS } from './data/hostile';

const intent = intentClassifier();

const meta = {
  title: 'Widgets/ConfusionMatrix',
  component: ConfusionMatrix,
  tags: ['autodocs'],
  args: {
    title: 'Support-chat intent classifier',
    description: '2,400 labelled messages from last week, model v14',
    yTrue: intent.yTrue,
    yPred: intent.yPred,
  },
} satisfies Meta<typeof ConfusionMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Eight intents; refund and cancel blur into each other. Hover or focus a cell for its read-out. */
export const IntentClassifier: Story = {};

/** The same model in the recall view: each row sums to 100 %. */
export const RecallView: Story = { args: { defaultNormalize: 'true' } };

/** Binary: a fraud model at a 0.5 threshold (4 % positives); the sqrt scale keeps the errors visible. */
export const FraudModel: Story = {
  args: { title: 'Card-fraud model at threshold 0.5', description: '3,000 transactions', ...fraudLabels(), scale: 'sqrt' },
};

/** 20 classes (CIFAR-100 superclasses): animals confuse with animals, vehicles with vehicles. */
export const ImageClassifier20: Story = {
  args: { title: 'Image classifier, 20 superclasses', description: '6,000 test images', ...imageClassifier(), scale: 'sqrt' },
};

/** 200 classes from a precomputed matrix, drawn on a canvas; labels abbreviate, cells drop their text. */
export const ProductCategoriser200: Story = {
  args: {
    title: 'Product categoriser, 200 leaf categories',
    description: 'Precomputed matrix from the nightly evaluation job',
    yTrue: undefined,
    yPred: undefined,
    ...productCategoriser(),
    scale: 'sqrt',
  },
};

/**
 * 48 classes whose machine names share their first 17 characters (`product_category_001` …):
 * axis labels keep the end that tells them apart (`produc…001`), the full name on hover and
 * in the tooltip; the row and column of the cell under the pointer or focus are highlighted.
 */
export const SharedPrefixLabels: Story = {
  args: {
    title: 'Product categoriser, first 48 leaves',
    description: 'Machine names from the warehouse export',
    yTrue: undefined,
    yPred: undefined,
    ...taxonomyCategoriser(),
    scale: 'sqrt',
  },
};

/** Class names that break naive widgets: prototype keys, markup, right-to-left text, 200 characters; a 10,000-character heading clamped to three lines. */
export const HostileLabels: Story = {
  args: { title: TEN_THOUSAND_CHARACTERS, description: undefined, yTrue: undefined, yPred: undefined, ...hostileMatrix() },
};

/** No predictions yet. */
export const Empty: Story = {
  args: { title: 'Intent classifier (no traffic yet)', description: undefined, yTrue: [], yPred: [] },
};

/** A ragged matrix: the widget says where, inside its own frame. */
export const ErrorState: Story = {
  args: {
    title: 'Broken export',
    description: undefined,
    yTrue: undefined,
    yPred: undefined,
    labels: ['cat', 'dog', 'fox'],
    matrix: [
      [5, 1, 0],
      [2, 7],
      [0, 1, 9],
    ],
  },
};
