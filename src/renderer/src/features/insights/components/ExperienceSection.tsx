// Pay by experience: the bar chart with its title and tooltips, and a table with the same figures.
import { useMemo } from 'react'
import type { ExperienceBand, InsightsResult } from '../../../../../shared/types'
import { ValueTable } from '../../../components/ValueTable'
import { roleName, placeName } from '../insightsFigures'
import { experienceSeries } from '../insightsSeries'
import { ExperienceChart } from './ExperienceChart'
import { SourcesNote, StatusBadge } from './StatusBadge'

export interface ExperienceSectionProps {
  result: InsightsResult
  /** The band picked in "What if": highlighted in the chart and the table. */
  selected: ExperienceBand | null
  chartWidth?: number
}

export function ExperienceSection({ result, selected, chartWidth }: ExperienceSectionProps) {
  const series = useMemo(() => experienceSeries(result, selected), [result, selected])
  const subject = `${roleName(result.role)} in ${placeName(result.area)}`
  return (
    <section className="result-card experience-section" aria-labelledby="experience-heading">
      <h3 id="experience-heading">Pay by experience</h3>
      {series.bars.length === 0 ? (
        <p>{`No pay by experience is known for ${subject}.`}</p>
      ) : (
        <>
          {series.drawable && (
            <figure className="insights-figure" aria-labelledby="experience-figure-caption">
              <p className="chart-title" aria-hidden="true">
                Median pay by years of experience
              </p>
              <ExperienceChart
                series={series}
                width={chartWidth}
                description={`Bars of median pay by years of experience for ${subject}. The same figures are in the table below.`}
              />
              <figcaption id="experience-figure-caption">
                Median pay by years of experience for {subject}
                {selected ? '; the band you picked is in orange' : ''}. Hover a bar for its figure.
              </figcaption>
            </figure>
          )}
          <ValueTable
            className="experience-table"
            caption={`Pay by experience for ${subject}`}
            headings={['Experience', 'Median pay per year', 'Figure']}
            rows={series.bars.map((bar) => ({
              key: bar.band,
              label: bar.label,
              value: bar.value,
              figure: <StatusBadge badge={bar.badge} />,
              className: bar.selected ? 'is-selected' : undefined,
              current: bar.selected,
            }))}
          />
          <SourcesNote sources={series.bars.map((bar) => bar.source)} />
        </>
      )}
    </section>
  )
}
