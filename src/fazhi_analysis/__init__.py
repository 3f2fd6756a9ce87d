"""fazhi_analysis."""
