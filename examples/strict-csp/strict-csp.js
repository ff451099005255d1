// A sent session rating goes onto the chart, as in a telehealth app at the end of a visit.
const chart = document.querySelector('fit-chart');
document.querySelector('srs-scale').addEventListener('fit-submit', (event) => {
  chart.ratings = [...chart.ratings, event.detail.rating];
});
