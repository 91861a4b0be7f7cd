//! Where the room is likely to land, issue by issue, beside the text:
//! the compromise model (salience- and influence-weighted mean of ideal points,
//! as in Thomson et al., *The European Union Decides*, 2006) and the Nash
//! bargaining point (the position maximising the product of every delegation's
//! gain over no agreement, weighted by influence).

use super::evaluate::issue_loss;
use super::room::Room;
use super::scenario::Scenario;

#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct IssueForecast {
    pub compromise: f32,
    pub nash: f32,
}

pub fn forecast(scenario: &Scenario, room: &Room) -> Vec<IssueForecast> {
    (0..room.issues).map(|i| forecast_issue(scenario, room, i)).collect()
}

pub fn compromise(scenario: &Scenario, room: &Room, issue: usize) -> f32 {
    let (mut sum, mut weight) = (0.0f64, 0.0f64);
    for (d, delegation) in scenario.delegations.iter().enumerate() {
        let w = (room.salience(d, issue) * delegation.influence) as f64;
        sum += w * room.ideal(d, issue) as f64;
        weight += w;
    }
    if weight > 0.0 { (sum / weight) as f32 } else { scenario.issues[issue].status_quo }
}

/// Grid search over whole points 0..=100. Each delegation's gain is its loss at
/// the status quo minus its loss at x, plus an equal share of the value of
/// agreement so that the product is defined for those who lose a little on one issue.
pub fn nash(scenario: &Scenario, room: &Room, issue: usize) -> f32 {
    let status_quo = scenario.issues[issue].status_quo;
    let share = room.agreement_value(0) / room.issues.max(1) as f32;
    let mut best = (f64::MIN, status_quo);
    for step in 0..=100 {
        let x = step as f32;
        let mut log_product = 0.0f64;
        for (d, delegation) in scenario.delegations.iter().enumerate() {
            let (w, ideal) = (room.salience(d, issue), room.ideal(d, issue));
            let gain = share + issue_loss(w, ideal, status_quo) - issue_loss(w, ideal, x);
            log_product += delegation.influence as f64 * (gain.max(1e-3) as f64).ln();
        }
        if log_product > best.0 {
            best = (log_product, x);
        }
    }
    best.1
}

pub fn forecast_issue(scenario: &Scenario, room: &Room, issue: usize) -> IssueForecast {
    IssueForecast { compromise: compromise(scenario, room, issue), nash: nash(scenario, room, issue) }
}
