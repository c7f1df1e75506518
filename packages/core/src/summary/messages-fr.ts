/**
 * The French catalogue: proof that a whole language fits the catalogue. Use it with a French
 * locale (`{ messages: summaryMessagesFr, locale: 'fr-FR' }`) so numbers and dates follow.
 */
import type { DeliveryStatus } from './status';
import type { HeadlineParams, ReasonParams, SummaryMessages, SummarySectionId } from './messages';
import type { Audience, SummaryRiskBand } from './types';

// French quotes with the narrow no-break spaces French typography puts inside them.
const q = (s: string) => `«\u202f${s}\u202f»`;
// Method and dimension names come from data: a feature method or a breakdown key named
// `constructor` or `__proto__` must print as itself, not as Object.prototype's member.
const named = (table: Record<string, string>, key: string): string =>
  Object.prototype.hasOwnProperty.call(table, key) ? table[key] : key;
const pl = (n: number, one: string, other: string) => (n <= 1 ? one : other);

/**
 * The French catalogue.
 *
 * @example
 * ```ts
 * summaryMessagesFr.statusLabel('off-track'); // 'En retard'
 * ```
 */
export const summaryMessagesFr: SummaryMessages = Object.freeze({
  audienceLabel: (a: Audience) =>
    ({ executive: 'Direction', technical: 'Technique', business: 'Métier', legal: 'Juridique et conformité' })[a],
  statusLabel: (s: DeliveryStatus) => ({ 'on-track': 'Dans les temps', 'at-risk': 'À risque', 'off-track': 'En retard' })[s],
  bandLabel: (b: SummaryRiskBand) => ({ low: 'faible', medium: 'moyen', high: 'élevé', critical: 'critique' })[b],
  sectionTitle: (id: SummarySectionId, audience: Audience) =>
    ({
      progress: 'Avancement',
      customers: 'Ce que cela change pour les clients',
      metrics: 'Métriques du modèle',
      drift: 'Dérive des données',
      fairness: audience === 'legal' ? 'Équité et non-discrimination' : 'Équité',
      'data-quality': 'Qualité des données',
      delivery: 'Livraison',
      risks:
        audience === 'technical'
          ? 'Registre des risques'
          : audience === 'legal'
            ? 'Risques réglementaires et éthiques'
            : 'Risques principaux',
      milestones: 'Jalons',
      privacy: 'Vie privée et protection des données',
      explainability: 'Explicabilité',
      monitoring: 'Surveillance continue',
    })[id],
  asksTitle: (a: Audience) =>
    ({ executive: 'Décisions attendues', technical: 'Actions', business: 'Ce dont nous avons besoin', legal: 'Pour examen' })[a],
  headline: (p: HeadlineParams) => {
    const due = p.due ? ` pour le ${p.due}` : '';
    const decisions = p.asks ? ` et attend ${p.asks} ${pl(p.asks, 'décision', 'décisions')}` : '';
    switch (p.audience) {
      case 'executive':
        if (p.status === 'on-track') return `${p.project} est dans les temps${due}.`;
        if (p.status === 'at-risk') return `${p.project} est à risque${decisions || ' ; l’équipe s’en occupe'}.`;
        return `${p.project} est en retard${decisions}.`;
      case 'technical':
        if (p.metricsTotal === 0) return `${p.project} : aucune métrique enregistrée pour l’instant.`;
        return `${p.project} : ${p.metricsMet} ${pl(p.metricsMet, 'métrique', 'métriques')} sur ${p.metricsTotal} à l’objectif, ${p.drifting} ${pl(p.drifting, 'variable', 'variables')} en dérive, ${p.seriousRisks} ${pl(p.seriousRisks, 'risque élevé ou critique', 'risques élevés ou critiques')}.`;
      case 'business':
        if (p.status === 'on-track') return `${p.project} est dans les temps${due}.`;
        return `${p.project} est ${p.status === 'at-risk' ? 'à risque' : 'en retard'} ; voici ce que cela change pour les clients.`;
      case 'legal':
        return `${p.project} : ${p.fairnessFindings} ${pl(p.fairnessFindings, 'constat', 'constats')} d’équité, ${p.privacyRisks} ${pl(p.privacyRisks, 'risque', 'risques')} vie privée et ${p.explainabilityRisks} ${pl(p.explainabilityRisks, 'risque', 'risques')} d’explicabilité ouverts.`;
    }
  },
  reason: (p: ReasonParams) => {
    const more = p.count > 1 ? ` (et ${p.count - 1} de plus)` : '';
    switch (p.rule) {
      case 'milestone-missed':
        return `Le jalon ${q(p.subject)} était prévu le ${p.date} et n’est pas atteint${more}.`;
      case 'critical-risk':
        return `Le risque ${q(p.subject)} est critique${more}.`;
      case 'metric-off-target':
        return p.technical
          ? `${p.subject} vaut ${p.value}, loin de son objectif de ${p.target}${more}.`
          : `Le modèle est loin de son objectif sur ${p.subject}${more}.`;
      case 'drift-active':
        return p.technical
          ? `${p.subject} dérive${p.date ? ` depuis le ${p.date}` : ''}${more}.`
          : `Les données vues par le modèle ont changé${p.date ? ` depuis le ${p.date}` : ''}.`;
      case 'metric-near-target':
        return p.technical
          ? `${p.subject} vaut ${p.value}, juste sous son objectif de ${p.target}${more}.`
          : `Le modèle est juste en dessous de son objectif sur ${p.subject}${more}.`;
      case 'fairness-gap':
        return p.technical
          ? `L’écart ${p.subject} dépasse son seuil${more}.`
          : 'Le modèle ne sert pas encore tous les groupes de clients aussi bien.';
      case 'high-risk':
        return `Le risque ${q(p.subject)} est élevé${more}.`;
      case 'mitigation-overdue':
        return `Une mesure d’atténuation de ${q(p.subject)} est en retard${more}.`;
      case 'data-quality-low':
        return p.technical
          ? `L’indice de qualité des données vaut ${p.value}, sous ${p.target}.`
          : 'La qualité des données qui alimentent le modèle est sous le niveau convenu.';
      case 'no-facts':
        return 'Aucune métrique, aucun jalon ni aucun risque n’est encore enregistré.';
      case 'all-clear':
        return p.technical
          ? 'Toutes les métriques atteignent leur objectif, aucune variable ne dérive et aucun jalon n’est en retard.'
          : 'Tous les objectifs sont atteints et aucun jalon n’est en retard.';
    }
  },
  evidence: (p) => {
    if (p.source === 'milestone')
      return `${p.label} : prévu le ${p.threshold}, ${p.value ? `atteint le ${p.value}` : 'non atteint'}`;
    if (p.source === 'risk') return `${p.label} : score résiduel ${p.value}, niveau ${p.threshold}`;
    return `${p.label} : ${p.value ?? '—'}${p.threshold ? ` (seuil ${p.threshold})` : ''}${p.date ? `, depuis le ${p.date}` : ''}`;
  },

  milestoneMissed: (p) =>
    `${q(p.name)} était prévu le ${p.due} et n’est pas atteint (${p.days} ${pl(p.days, 'jour', 'jours')} de retard).`,
  milestoneDone: (p) => `${q(p.name)} a été atteint le ${p.date}${p.late ? ', après la date prévue' : ''}.`,
  milestoneNext: (p) =>
    `Prochain jalon : ${q(p.name)} le ${p.due}, ${p.days === 0 ? 'aujourd’hui' : `dans ${p.days} ${pl(p.days, 'jour', 'jours')}`}.`,
  noFacts: () => 'Rien à signaler pour l’instant : aucune métrique, aucun jalon ni aucun risque n’est enregistré pour ce projet.',

  catchRate: (p) => `Détecte ${p.caught} ${p.subject} sur ${p.per} (objectif : ${p.target}).`,
  catchRateMoney: (p) =>
    `Les cas manqués coûtent environ ${p.missedCost} par mois${p.gapCost ? ` ; atteindre l’objectif ferait économiser environ ${p.gapCost} par mois` : ''}.`,
  falseAlarms: (p) => `Déclenche ${p.alarms} fausses alertes pour ${p.per} ${p.subject} (objectif : ${p.target} au plus).`,
  falseAlarmsMoney: (p) => `Le traitement des fausses alertes coûte environ ${p.cost} par mois.`,
  responseTime: (p) => {
    const feel = {
      instant: 'la réponse paraît instantanée',
      'no-wait': 'les clients ne perçoivent pas d’attente',
      noticeable: 'les clients remarquent l’attente',
      long: 'l’attente est assez longue pour que les clients abandonnent',
    }[p.feel];
    return `${p.share} des ${p.subject} obtiennent une réponse en ${p.time} au plus : ${feel} (objectif : ${p.target}).`;
  },
  plainMetricName: (p) =>
    ({
      'catch-rate': `la part de ${p.subject} détectés`,
      'alert-precision': 'les fausses alertes',
      'response-time': 'le temps de réponse',
      other: 'la qualité du modèle',
    })[p.kind],
  otherMeasures: (p) => {
    const other = p.allOthers ? '' : 'autres ';
    if (p.total === 1)
      return `${p.allOthers ? 'L’' : 'L’autre '}indicateur de qualité ${p.met === 1 ? 'atteint' : 'n’atteint pas'} son objectif.`;
    return `${p.met} des ${p.total} ${other}indicateurs de qualité atteignent leur objectif.`;
  },

  metricLine: (p) => {
    const op = p.direction === 'higher' ? '≥' : '≤';
    const status =
      p.status === 'on-track' ? 'à l’objectif' : `${p.status === 'at-risk' ? 'à risque' : 'en retard'}, écart ${p.gap}`;
    return `${p.name} : ${p.value} pour un objectif ${op} ${p.target} (${status}).`;
  },

  driftPlain: (p) =>
    p.audience === 'business'
      ? `Les données vues par le modèle ont changé depuis le ${p.since} ; ses résultats peuvent être moins justes tant que l’équipe ne les a pas vérifiés.`
      : `Les données vues par le modèle ont changé sur ${p.count} ${pl(p.count, 'point', 'points')} depuis le ${p.since} ; l’équipe vérifie s’il faut réentraîner le modèle.`,
  driftNonePlain: () => 'Les données vues par le modèle n’ont pas changé de façon significative.',
  driftActive: (p) =>
    `${p.feature} dérive${p.since ? ` depuis le ${p.since}` : ''} (${p.method} ${p.score}, seuil ${p.threshold}).`,
  driftRecovered: (p) => `${p.feature} a dérivé puis est revenu à la normale le ${p.date}.`,
  driftShare: (p) =>
    `${p.date ? `Dernier lot (${p.date})` : 'Dernier contrôle'} : ${p.drifted} ${pl(p.drifted, 'variable', 'variables')} sur ${p.tested} en dérive (${p.share}).`,
  driftMethod: (m) =>
    named(
      {
        ks: 'p-valeur KS',
        'chi-square': 'p-valeur du khi-deux',
        'z-test': 'p-valeur du test Z',
        wasserstein: 'distance de Wasserstein (normée)',
        'jensen-shannon': 'distance de Jensen–Shannon',
        psi: 'PSI',
      },
      m,
    ),
  monitoring: (p) =>
    p.count === 0
      ? 'Les données de production sont surveillées ; le dernier contrôle n’a relevé aucun changement.'
      : `Les données de production sont surveillées ; ${p.count} ${pl(p.count, 'entrée a', 'entrées ont')} changé${p.since ? ` depuis le ${p.since}` : ''} et ${pl(p.count, 'est', 'sont')} en cours d’examen.`,

  fairnessPlain: (p) =>
    p.audience === 'business' && p.group
      ? `Les clients du groupe ${q(p.group)} (${p.feature}) obtiennent des résultats moins justes que les autres ; l’équipe y travaille.`
      : `Le modèle ne sert pas encore tous les groupes de clients aussi bien (${p.count} ${pl(p.count, 'constat', 'constats')}) ; le point est en cours d’examen.`,
  fairnessFrame: (p) =>
    `${p.metric} par ${p.feature} : écart ${p.difference} (seuil ${p.threshold})${p.ratio ? `, ratio ${p.ratio}` : ''} ; minimum ${p.minGroup} à ${p.minValue}, maximum ${p.maxGroup} à ${p.maxValue}.`,
  fairnessValue: (p) =>
    `${p.metric} par ${p.feature} : ${p.measure === 'ratio' ? 'ratio' : 'écart'} ${p.value} (seuil ${p.threshold}).`,
  fairnessLegal: (p) =>
    p.finding
      ? `${p.metric} varie de ${p.gapPoints} points de pourcentage entre les groupes (${p.feature}), au-delà de la tolérance de ${p.thresholdPoints}${p.minGroup ? ` ; le groupe ${q(p.minGroup)} est le moins bien servi` : ''}.`
      : `${p.metric} entre les groupes (${p.feature}) reste dans la tolérance (écart de ${p.gapPoints} points, tolérance ${p.thresholdPoints}).`,
  fourFifths: (p) =>
    `Le ratio entre le groupe le moins bien servi et le mieux servi est de ${p.ratio}, ${p.below ? 'sous' : 'au-dessus de'} la règle des quatre cinquièmes (0,8).`,
  noFairness: () => 'Ce rapport ne contient aucune évaluation d’équité ; il en faut une avant la mise en production.',

  dataQualityPlain: (p) =>
    p.ok
      ? `Les données qui alimentent le modèle sont en bon état (${p.score} sur 100).`
      : `Les données qui alimentent le modèle doivent être améliorées (${p.score} sur 100).`,
  dataQualityLine: (p) =>
    `Indice de qualité des données ${p.score} / 100 (seuil ${p.threshold})${p.weakest ? ` ; dimension la plus faible : ${p.weakest} à ${p.weakestScore}` : ''}.`,
  dimensionName: (d) =>
    named(
      {
        completeness: 'complétude',
        validity: 'validité',
        consistency: 'cohérence',
        timeliness: 'fraîcheur',
        uniqueness: 'unicité',
      },
      d,
    ),

  deploymentFrequency: (p) => `Fréquence de déploiement : ${p.perWeek} par semaine (${p.count} sur la période).`,
  leadTime: (p) =>
    `Délai de livraison des changements : médiane ${p.p50} (${p.count} ${pl(p.count, 'changement', 'changements')}).`,
  changeFailureRate: (p) => `Taux d’échec des changements : ${p.rate} (${p.failed} sur ${p.deployments} déploiements).`,
  meanTimeToRecovery: (p) =>
    `Temps moyen de rétablissement : ${p.mean ?? 'aucun incident résolu'} (${p.count} ${pl(p.count, 'incident', 'incidents')}, ${p.open} ${pl(p.open, 'ouvert', 'ouverts')}).`,
  rollbackRate: (p) => `Taux de retour arrière : ${p.rate} (${p.rolledBack} sur ${p.deployments} déploiements).`,

  riskPlain: (p) => `${q(p.title)} : risque ${p.band}${p.owner ? `, porté par ${p.owner}` : ', sans responsable'}.`,
  riskLine: (p) =>
    `${p.id} ${q(p.title)} (${p.category}) : résiduel ${p.band}, score ${p.score}${p.owner ? `, responsable ${p.owner}` : ', sans responsable'}${p.overdue ? ` ; ${p.overdue} ${pl(p.overdue, 'mesure', 'mesures')} en retard` : ''}.`,
  noSeriousRisks: () => 'Aucun risque élevé ou critique n’est ouvert.',
  noPrivacyRisk: () =>
    'Aucun risque vie privée ou sécurité n’est inscrit au registre ; faites confirmer par le délégué à la protection des données que le registre est complet.',
  noExplainabilityRisk: () =>
    'Aucun risque d’explicabilité n’est inscrit ; confirmez que chaque décision peut être expliquée aux clients et aux contrôleurs.',

  askNewDate: (p) => `Fixer une nouvelle date pour ${q(p.name)}.`,
  askReplan: (p) => `Replanifier ${q(p.name)} et communiquer la nouvelle date.`,
  askPlanLate: (p) => `Prévoir que ${q(p.name)} arrivera après la date prévue du ${p.due}.`,
  askApproveRisk: (p) => `Valider la réponse au risque critique ${q(p.title)}.`,
  askNameOwner: (p) => `Désigner un responsable pour le risque ${q(p.title)}.`,
  askRiskPlan: (p) => `Présenter le plan d’atténuation de ${p.id} ${q(p.title)} à la prochaine réunion technique.`,
  askLegalRisk: (p) => `Examiner le risque ${q(p.title)} et ses mesures d’atténuation.`,
  askOverdue: (p) => `Clore ${pl(p.count, 'la mesure', `les ${p.count} mesures`)} en retard pour ${q(p.title)}.`,
  askDriftTechnical: (p) => `Analyser la dérive de ${p.features} et décider s’il faut réentraîner.`,
  askDriftExecutive: () => 'Réserver du temps pour réentraîner le modèle si l’équipe le recommande.',
  askDriftBusiness: (p) => `Signaler à l’équipe tout changement de clientèle, de produits ou de marché depuis le ${p.since}.`,
  askMetricTechnical: (p) =>
    `Convenir d’un plan pour ${p.direction === 'higher' ? 'remonter' : 'ramener'} ${p.name} à ${p.target}.`,
  askMetricExecutive: (p) => `Décider de lancer sous l’objectif sur ${p.plain} ou de donner plus de temps à l’équipe.`,
  askFairnessLegal: (p) => `Examiner l’écart de ${p.metric} entre les groupes (${p.feature}) avant la mise en production.`,
  askFairnessExecutive: () => 'Décider si la mise en production attend la revue d’équité.',
  askFairnessTechnical: (p) => `Analyser l’écart de ${p.metric} entre les groupes (${p.feature}) et proposer une correction.`,
  askDataQuality: (p) => `Corriger les problèmes de ${p.dimension} dans les données qui alimentent le modèle.`,
  askOpenQuestion: (p) => `Répondre à la question de l’étude d’impact : ${q(p.question)}`,

  trend: (p) =>
    `${p.name.charAt(0).toUpperCase()}${p.name.slice(1)} sur ${p.count} périodes : de ${p.first} à ${p.last}, ${{ better: 'en amélioration', worse: 'en dégradation', flat: 'stable' }[p.change]}.`,
  list: (items) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`),

  audiencesLabel: () => 'Public',
  copyMarkdown: () => 'Copier en Markdown',
  copied: () => 'Copié',
  copiedAnnouncement: (p) => `Synthèse ${p.audience} copiée en Markdown.`,
  copyFailed: () => 'Échec de la copie : sélectionnez le texte et copiez-le à la main.',
  evidenceLabel: (p) => `Éléments (${p.count})`,
  printLabel: () => 'Imprimer',
  reportDate: (p) => `Rapport du ${p.date}`,
  planTitle: () => 'Plan de communication',
  cadenceLabel: (p) =>
    p.everyDays === 7
      ? 'Chaque semaine'
      : p.everyDays === 14
        ? 'Toutes les deux semaines'
        : p.everyDays === 28
          ? 'Toutes les quatre semaines'
          : `Tous les ${p.everyDays} jours`,
  planMeta: (p) => `${p.cadence} · ${p.minutes} min · ${p.channel}`,
  planUpdate: (p) => `Point ${p.index}`,
  planFair: (p) =>
    p.allInside
      ? 'Chaque point tombe dans les heures de travail de tous.'
      : `Certains points tombent hors des heures de travail de ${p.outside.join(', ')} ; les créneaux difficiles tournent.`,
  planOutside: (p) => `${p.minutes} min hors des heures de travail`,
  planNoUpdates: () => 'Aucun point dans cette période (plus courte que la cadence).',
  groupName: (a) =>
    ({
      executive: 'Sponsors de la direction',
      technical: 'Équipe technique',
      business: 'Utilisateurs métier et experts du domaine',
      legal: 'Juridique et conformité',
    })[a],
  groupChannel: (a) =>
    ({
      executive: 'Synthèse écrite et point de 30 minutes',
      technical: 'Réunion technique (visio) et journal des décisions',
      business: 'Revue métier avec démonstration du dernier modèle',
      legal: 'Revue de conformité avec le rapport équité et vie privée',
    })[a],
  reportTitle: (p) => `${p.project} — point ${p.audience.toLowerCase()}, ${p.date}`,
} satisfies SummaryMessages);
